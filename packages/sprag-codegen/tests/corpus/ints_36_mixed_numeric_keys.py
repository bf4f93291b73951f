# ints, floats and bools that are equal are the same dict key / set element, at any size.
d = {}
for k in [1, 1.0, True, 2**53, 2.0**53, 10**20, 1e20, 2**64 + 1, -0.0, 0, False]:
    d[k] = d.get(k, 0) + 1
print(d)
s = {10**20, 1e20, 2**70, 2.0**70, 3, 3.0}
print(len(s), sorted(s))
print(10**20 in {1e20: "x"}, {1e20: "x"}.get(10**20), 2**53 + 1 in {2.0**53})
pairs = [(2**53 + 1, 2.0**53), (10**16, 1e16), (2**1023 * 2, 1.7976931348623157e308), (-(2**63), -9.223372036854776e18)]
for a, b in pairs:
    print(a == b, a < b, a > b, a != b, a <= b)
print(sorted([3, 2.5, True, 10**19, -1e19, 0, -(10**19)]))
print(max(10**30, 1e30), min(-10**30, -1e30), 10**30 == 1e30, int(1e30) == 10**30)
t = (10**20, 1)
print(t == (1e20, 1.0), {t: 1}.get((10**20, True)), t < (10**20, 2), [10**20] * 2 == [1e20, 10**20])
huge = {10**400: "googol^4", 2**1100: "big"}
print(len(huge), 10**400 in huge, float("inf") in huge, huge[2**1100], sorted(huge)[0] == 2**1100)
