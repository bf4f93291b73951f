class Box:
    pass
b = Box()
b.size = 3
b.size += 2
print(b.size)
for target in (None, "s", [1], {"k": 1}, 5, (1,)):
    try:
        target.extra = 1
    except AttributeError as e:
        print("AE:", e)
try:
    b.missing += 1
except AttributeError as e:
    print("AE:", e)
def f():
    pass
f.calls = 0
f.calls += 1
print(f.calls)
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, other):
        other.n += 1
        self.n += 1
c1, c2 = Counter(), Counter()
c1.bump(c2); c2.bump(c1)
print(c1.n, c2.n)
