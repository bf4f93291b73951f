# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *middle, tail = (1, 2)
print(head, middle, tail)
a, *b, c = range(6)
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
combined = [*rest, *"xy", 0]
print(combined)
print((*rest, 9))
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError:", e)
