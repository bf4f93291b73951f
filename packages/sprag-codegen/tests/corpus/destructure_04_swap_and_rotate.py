# Swaps and rotations through tuple assignment evaluate the right side first.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
items = [5, 6, 7]
items[0], items[2] = items[2], items[0]
print(items)
i = 0
i, items[i] = 2, 99
print(i, items)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
