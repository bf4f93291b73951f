# !r, !s conversions and the = specifier-free forms.
name = "ann"
items = [1, "two"]
print(f"{name!r}")
print(f"{name!s}")
print(f"{items!r}")
print(f"{items}")
print(f"{None!r} {1.0!r}")
print(f"{'quote'!r:>10}")
print(f"{{literal braces}} {name}")
d = {"k": "v"}
print(f"{d['k']} {d}")
