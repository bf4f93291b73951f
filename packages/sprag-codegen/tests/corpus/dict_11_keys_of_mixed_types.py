# Int, float, bool and str keys: 1, 1.0 and True are the same key.
d = {1: "int"}
d[1.0] = "float"
print(d)
d[True] = "bool"
print(d)
d["1"] = "str"
print(d, len(d))
e = {0: "zero"}
print(e.get(False), e.get(0.0))
