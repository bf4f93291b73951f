# Changing a dict's size while iterating over it raises RuntimeError, as in CPython.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print("pop:", e)
print(d)

d = {1: "x", 2: "y"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("del:", e)
print(d)

d = {"a": 1}
try:
    for k, v in d.items():
        d[k + "!"] = v
except RuntimeError as e:
    print("items:", e)
print(len(d))

d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("values:", e)
print(d)

# Replacing values keeps the size: allowed.
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)

# Iterating over a copy is the fix.
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        d.pop(k)
print(d)
