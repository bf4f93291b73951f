# Integral floats stay floats as they flow through functions, containers and builtins.
def half(x):
    return x / 2


def identity(v):
    return v


values = [half(4), half(3), identity(2.0), 6 / 3]
print(values)
print(half(10), identity(half(8)))
d = {"a": 4 / 2, "b": 2}
print(d, d["a"], str(d["a"]))
print(sum([1.0, 2.0]), sum([1, 2]), sum([0.5, 0.5]))
print(max(1.0, 0), min(3, 2.0), abs(-2.0), round(2.0, 1))
print([x / 2 for x in [2, 4]], [x * 1.0 for x in range(3)])
print(2.0 * 3, 7.0 - 1, 8 // 2.0, 9 % 4.0)
acc = 0
for v in [0.5, 0.5, 1.0]:
    acc += v
print(acc)
t = (1.0, 2)
print(t, list(t), t[0])
print(f"{half(6)} {4 / 2!r} {identity(3.0)}")
print(str(half(2)) + "!", repr(float(1)))
