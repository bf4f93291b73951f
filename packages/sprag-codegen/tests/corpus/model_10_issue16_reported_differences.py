class Node:
    def __init__(self):
        self.last = None
def tail(other):
    return other.last
n = Node()
n.last = "x"
print(tail(n))
try:
    print(tail("text"))
except AttributeError as e:
    print("AttributeError:", e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
try:
    print(OnlyLt(1) <= OnlyLt(2))
except TypeError as e:
    print("TypeError:", e)
print(OnlyLt(2) > OnlyLt(1))
class EqOnly:
    def __eq__(self, o):
        return True
for make in (lambda: {EqOnly()}, lambda: {EqOnly(): 1}):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print("%a" % "café", "%s" % {"k": 1}, "Straße".casefold(), "一二三".isnumeric())
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
print(d.keys() <= {"a", "b", "c"}, d.keys().isdisjoint({"z"}))
s = {10, 20, 30, 40, 50, 60}
s.difference_update({20, 40})
print(s, {1, 2, 3} | {9, 17, 33}, {5, 13, 21} ^ {13, 29})
def f(a, /, b):
    return a + b
for call in (lambda: f(a=1, b=2), lambda: f(1, **{"b": 2}, b=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class P:
    @property
    def x(self):
        return 1
try:
    P().x = 2
except AttributeError as e:
    print("AttributeError:", e)
