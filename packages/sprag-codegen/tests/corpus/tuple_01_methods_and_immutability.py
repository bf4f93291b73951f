# Tuple methods, concatenation, and TypeError on item assignment.
t = (3, 1, 3, 2)
print(t.count(3), t.index(2), len(t), t + (9,), t * 2)
print(sorted(t), max(t), 2 in t)
try:
    t[0] = 100
except TypeError as e:
    print("TypeError:", e)
print(t)
nested = ([1], 2)
nested[0].append(5)
print(nested)
a, b = t[:2]
print(a, b, t[::-1], t[1:-1])
print(tuple(sorted(t, reverse=True)))
print((1, 2) + (3,) == (1, 2, 3))
