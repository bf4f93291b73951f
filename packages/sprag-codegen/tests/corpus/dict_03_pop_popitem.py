# dict.pop with and without default, popitem takes the last item.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"))
print(d.pop("zz", "default"))
print(d)
print(d.popitem())
print(d)
d["x"] = 9
print(d.popitem(), d)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
