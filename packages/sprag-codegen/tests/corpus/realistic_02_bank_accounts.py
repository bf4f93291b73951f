# A bank account class hierarchy with validation and history.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed


class Account:
    interest_rate = 0.0
    kind = "Account"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest_rate), 2)

    def __str__(self):
        return f"{self.kind}({self.owner}: {self._balance:,.2f})"


class Savings(Account):
    interest_rate = 0.02
    kind = "Savings"


class Checking(Account):
    kind = "Checking"

    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("withdraw", amount))


accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cid")]
for acc in accounts:
    try:
        acc.deposit(250.5)
        acc.withdraw(400)
    except InsufficientFunds as e:
        print(acc.owner, "failed:", e)
    except ValueError as e:
        print(acc.owner, "invalid:", e)
    acc.add_interest()
    print(acc, acc.history)
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
total = sum(a.balance for a in accounts)
print(f"total {total:,.2f}")
