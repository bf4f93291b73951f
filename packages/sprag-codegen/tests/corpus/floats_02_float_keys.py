# Float keys and float elements keep their float spelling.
d = {1.0: "one", 2.5: "two and a half"}
print(d)
print(list(d.keys()))
print(d[1], d.get(1.0))
pairs = [(0.0, "zero"), (3.0, "three")]
print(dict(pairs))
print(sorted([2.0, 1, 1.5]))
print({"k": [1.0, -2.0]})
