# dict.update with a dict, pairs and keywords; copy is shallow.
d = {"a": 1}
d.update({"b": 2, "a": 10})
print(d)
d.update([("c", 3), ("d", 4)])
print(d)
d.update(e=5)
print(d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
nested = {"list": [1]}
shallow = nested.copy()
shallow["list"].append(2)
print(nested)
print(dict(d) == d, dict(d) is d)
d.clear()
print(d, len(d))
