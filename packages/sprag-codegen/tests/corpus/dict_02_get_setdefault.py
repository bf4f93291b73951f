# dict.get and dict.setdefault.
d = {"a": 1, "n": None}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get("n", "x"))
print(d.setdefault("a", 5))
print(d.setdefault("c", []))
d.setdefault("c", []).append(1)
d.setdefault("c", []).append(2)
print(d)
groups = {}
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(d.setdefault("z"))
print(d)
