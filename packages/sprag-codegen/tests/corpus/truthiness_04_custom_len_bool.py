# A class with __len__ is falsy when its length is 0.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


empty = Bag([])
full = Bag([1, 2])
print(len(empty), len(full))
print("empty is truthy" if empty else "empty is falsy")
print("full is truthy" if full else "full is falsy")
print(bool(empty), bool(full))
if not empty:
    print("not empty -> True")
