# CPython prints sets of small non-negative ints in ascending order.
print({3, 1, 2})
s = set()
for n in [5, 0, 4]:
    s.add(n)
print(s)
print(set([2, 1]), {7})
