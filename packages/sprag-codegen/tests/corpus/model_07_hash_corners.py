# hashing & equality corners
print(hash(0.5), hash(-0.0), hash(2.0) == hash(2), hash(True), hash(1e20), hash(-1e-5), hash(float("inf")))
print(hash((1, 2.0, True)), hash(((), (1,))), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(frozenset()), hash(frozenset({(1, 2), 3})))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
s = {1, 1.0, True, 2, 2.0}
print(s)
print({(1, 2): 1}[(1.0, 2.0)], frozenset({1, 2}) in {frozenset({2, 1}): 0}, {frozenset({1}): "a"}[frozenset([1.0])])
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K{self.v}"
ks = {K(1), K(4), K(1), K(7)}
print(len(ks), K(4) in ks, K(10) in ks, sorted(ks, key=lambda k: k.v))
print(hash(K(5)), hash(K(-1)))
m = {K(1): "a"}
m[K(1)] = "b"
m[K(4)] = "c"
print(m, m[K(4)])
del m[K(1)]
print(m, K(1) in m)
