# Sequence patterns, including *rest and nested sequences.
def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} then {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"


for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], "ab"]:
    print(repr(v), "->", shape(v))


def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"x-axis {x}"
        case [(a, b), (c, d)]:
            return f"segment {a},{b} -> {c},{d}"
        case _:
            return "other"


print(point((0, 0)), point((5, 0)), point([(1, 2), (3, 4)]), point((1, 1)))
