a = {5, 13, 21, 3, 100, 29}
b = set(range(0, 40, 4))
print(a, b)
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
c = set(a)
c.difference_update({13, 21})
print(c)
c.update([64, 72, 8])
print(c)
d = {x * 8 for x in range(12)}
d.difference_update(range(0, 50, 3))
print(d, len(d))
e = set()
for i in [33, 1, 65, 97, 2, 129]:
    e.add(i)
print(e)
e.discard(1); e.add(161); print(e)
print(e.union([1000, 8, 16]), e.symmetric_difference({1, 2, 3}))
f = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
while f:
    print(f.pop(), end=" ")
print()
g = {-1, -2, -8, 7, 2**40, 2**33 + 1, -(2**35)}
print(g, g | {0})
fs = frozenset([3, 1, 2])
print(fs, frozenset(), fs | {9}, {9} | fs, type(fs | {9}).__name__, fs == {1, 2, 3})
print(isinstance(fs, frozenset), isinstance(fs, set), hash(fs) == hash(frozenset({1, 2, 3})))
try:
    fs.add(4)
except AttributeError as ex:
    print(ex)
groups = {fs: "small", frozenset({10, 20}): "tens"}
print(groups[frozenset([2, 3, 1])])
k = {"a": 1, "b": 2, "c": 3}
print(k.keys() <= {"a", "b", "c", "d"}, k.keys() < {"a"}, k.keys().isdisjoint({"x"}), k.keys().isdisjoint(["a"]))
print(sorted(k.keys() & {"a", "c", "z"}), sorted(k.keys() - {"a"}), sorted(k.keys() | {"q"}), sorted(k.keys() ^ {"a", "q"}))
n = {1: "x", 9: "y", 17: "z"}
print(n.keys() | {33, 2}, n.keys() - {9}, {25, 1} ^ n.keys(), n.keys() & {17, 1, 5})
h = set(range(100))
h -= set(range(0, 100, 2))
h &= {x for x in range(200) if x % 3}
print(h)
s2 = {3, 11, 19}
s2 |= {27, 35}
s2 ^= {3, 43}
print(s2)
big = set(range(1, 60, 7)); big.intersection_update(range(0, 100, 2)); print(big)
print({10, 2, 18}.intersection({18, 10, 26, 34, 42}), {10, 2, 18}.difference({2}, {18}))
