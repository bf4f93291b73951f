class Rollback(Exception):
    pass


class Ledger:
    def __init__(self):
        self.balances = {}
        self.journal = []

    def transaction(self, label):
        return Transaction(self, label)


class Transaction:
    def __init__(self, ledger, label):
        self.ledger = ledger
        self.label = label
        self.snapshot = None

    def __enter__(self):
        self.snapshot = dict(self.ledger.balances)
        self.ledger.journal.append(f"begin {self.label}")
        return self

    def move(self, src, dst, amount):
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        if self.ledger.balances.get(src, 0) < amount:
            raise Rollback(f"{src} has only {self.ledger.balances.get(src, 0)}")
        self.ledger.balances[src] -= amount
        self.ledger.balances[dst] = self.ledger.balances.get(dst, 0) + amount

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.ledger.journal.append(f"commit {self.label}")
            return False
        self.ledger.balances = self.snapshot
        self.ledger.journal.append(f"rollback {self.label}: {exc}")
        return issubclass(exc_type, Rollback)


ledger = Ledger()
ledger.balances.update(alice=100, bob=20)
with ledger.transaction("rent") as t:
    t.move("alice", "carol", 60)
    t.move("alice", "bob", 10)
with ledger.transaction("overdraft") as t:
    t.move("bob", "alice", 25)
    t.move("bob", "dave", 100)
try:
    with ledger.transaction("bad") as t:
        t.move("alice", "bob", -5)
except ValueError as e:
    print("propagated:", e)
print(ledger.balances)
for entry in ledger.journal:
    print(entry)
