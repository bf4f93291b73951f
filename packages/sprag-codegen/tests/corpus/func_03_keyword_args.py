# Keyword arguments in any order, mixed with positionals.
def box(width, height, depth=1, label="box"):
    return f"{label}: {width}x{height}x{depth}"


print(box(1, 2))
print(box(height=5, width=3))
print(box(1, 2, label="crate"))
print(box(1, depth=7, height=2))
print(box(*[4, 5], **{"label": "spread"}))
try:
    box(1)
except TypeError:
    print("TypeError: missing argument")
