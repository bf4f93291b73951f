# Nested containers print recursively with repr() of their elements.
data = {"users": [{"name": "ann", "tags": ("a", "b")}, {"name": "bob", "tags": ()}], "count": 2}
print(data)
print([[1, [2, [3, []]]]])
print(((1,), (2, (3,))))
print({"x": {"y": {"z": None}}})
print([{"a": [1.5, -0.0]}, "s"])
matrix = [[0] * 3 for _ in range(2)]
print(matrix)
print(str(data["users"][0]))
