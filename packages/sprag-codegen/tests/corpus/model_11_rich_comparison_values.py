class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return "yes" if self.v < other.v else []
    def __gt__(self, other):
        return self.v - other.v


a, b, c = Weird(1), Weird(2), Weird(3)
print(a < b)
print(b < a)
print(a > b)
print(a < b < c)
print(b < a < c)
x = b < a
if x:
    print("truthy")
else:
    print("falsy")
if a < b:
    print("cond yes")
print(1 < 2 < 3, 3 < 2 < 1)
print([a < b, b > a])
print(not (b < a))
items = [3, 1, 2]
print(sorted(items), min(items), max(items))
y = 1 < 2
print(y, type(y).__name__)


# the values of comparisons inside other expressions and statements
pairs = [(a, b), (b, a), (c, a)]
print([p < q for p, q in pairs])
print([p.v for p, q in pairs if p < q])
print("t" if b < a else "f", (a < b) or "other", (b < a) or "other", (b < a) and "x")
n = 0
while Weird(n) < c:
    n += 1
print(n)
print(a < b < 5 if False else "skip")
mixed = [1 < 2, "a" < "b", 2.5 >= 2, (1, 2) < (1, 3)]
print(mixed)


class Plain:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


print(Plain(1) < Plain(2), sorted([Plain(3), Plain(1)], key=lambda p: p.v)[0].v)
print(max([Plain(2), Plain(5), Plain(1)]).v)
