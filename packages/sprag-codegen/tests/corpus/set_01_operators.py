# Set union, intersection, difference and symmetric difference (printed sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b), sorted(b - a))
print(sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
c = set(a)
c |= {10}
c &= {1, 10, 4}
print(sorted(c))
c -= {1}
print(sorted(c))
print(len(a | b), len(set()))
