# list.index (with start) and list.count use == by value.
a = [1, [2], "x", 1, (3,), 1.0]
print(a.index(1))
print(a.index(1, 1))
print(a.index([2]))
print(a.index((3,)))
print(a.count(1))
print(a.count([2]), a.count("y"))
print([[1, 2], [1, 2]].count([1, 2]))
print([1, 2, 3].index(3, -2))
try:
    a.index("missing")
except ValueError as e:
    print("ValueError:", e)
