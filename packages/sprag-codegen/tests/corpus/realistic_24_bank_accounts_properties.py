class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1000
    fee_cents = 0

    def __init__(self, owner, cents=0):
        self.owner = owner
        self._cents = 0
        self.id = Account._next_id
        Account._next_id += 1
        self.deposit(cents)

    @property
    def balance(self):
        return self._cents / 100

    @property
    def owner_initials(self):
        return "".join(part[0] for part in self.owner.split()).upper()

    def deposit(self, cents):
        if cents < 0:
            raise ValueError("negative deposit")
        self._cents += cents
        return self

    def withdraw(self, cents):
        total = cents + self.fee_cents
        if total > self._cents:
            raise InsufficientFunds(f"{self.owner} needs {total - self._cents} more cents")
        self._cents -= total
        return self

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner_initials} {self.balance:.2f}>"

    def __bool__(self):
        return self._cents > 0

    def __lt__(self, other):
        return self._cents < other._cents


class Checking(Account):
    fee_cents = 25


accounts = [Account("ada lovelace", 5000), Checking("alan turing", 1200), Account("grace hopper")]
accounts[0].withdraw(1999)
accounts[1].withdraw(100)
try:
    accounts[2].withdraw(1)
except InsufficientFunds as e:
    print("denied:", e)
try:
    accounts[0].balance = 10
except AttributeError as e:
    print("AttributeError:", e)
print(accounts, [bool(a) for a in accounts])
print(sorted(accounts), max(accounts).owner)
print([a.id for a in accounts], Account._next_id, Checking.fee_cents, accounts[0].fee_cents)
try:
    print(accounts[0] <= accounts[1])
except TypeError as e:
    print("TypeError:", e)
print(accounts[0] > accounts[1])
