# Nested unpacking in assignments and for loops.
(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = [1, [2, 3]]
print(x, y, z)
points = [("a", (1, 2)), ("b", (3, 4))]
for name, (px, py) in points:
    print(name, px + py)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
