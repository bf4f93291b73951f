class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __eq__(self, other):
        return isinstance(other, Version) and (self.major, self.minor) == (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
a, b = Version(1, 2), Version(1, 3)
print(a < b, b > a, a == Version(1, 2), a != b)
for op in ("<=", ">="):
    try:
        print(a <= b if op == "<=" else a >= b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(a < 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(5 > a)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Version(2, 0), a, b]))
print(max([a, b]), min(a, b))
try:
    s = {a}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {a: 1}
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __ge__(self, other):
        return self.cents >= other.cents
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) <= Money(7), Money(9) <= Money(7))
class Weird:
    def __bool__(self):
        return 1
class Neg:
    def __len__(self):
        return -1
class Sized:
    def __len__(self):
        return 3
for obj in (Weird(), Neg()):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(len(Neg()))
except ValueError as e:
    print("ValueError", e)
if Sized():
    print("sized is true", len(Sized()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
it = Countdown(3)
print(iter(it) is it, next(it), list(it))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == q, p != q, p == p)
try:
    print(p < q)
except TypeError as e:
    print("TypeError:", e)
print(len({p, q}))
