class Fuzzy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return abs(self.v - other.v) < 1
    def __ne__(self, other):
        return abs(self.v - other.v) > 5
class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return self.items
a, b = Fuzzy(1), Fuzzy(3)
print(a == b, a != b, Fuzzy(1) != Fuzzy(10), [a] != [b])
try:
    for x in Bag([1, 2]):
        print(x)
except TypeError as e:
    print("TypeError:", e)
class Good:
    def __iter__(self):
        yield from (1, 2)
print(list(Good()), [x for x in Good()])
