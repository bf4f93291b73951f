# Tuple and list unpacking in assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q) = "pq"
print(p, q)
first, second = (n * 2 for n in range(2))
print(first, second)
k, v = list({"key": "val"}.items())[0]
print(k, v)
i = j = 5
print(i, j)
