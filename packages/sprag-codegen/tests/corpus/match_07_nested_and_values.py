# Nested patterns mixing mappings, sequences and dotted value patterns.
class Color:
    RED = "red"
    GREEN = "green"


def paint(spec):
    match spec:
        case {"color": Color.RED, "sizes": [first, *_]}:
            return f"red starting at {first}"
        case {"color": Color.GREEN}:
            return "green"
        case {"items": [{"id": i}, *others]}:
            return f"first id {i}, {len(others)} others"
        case {"color": c}:
            return "other color " + c
        case _:
            return "?"


print(paint({"color": "red", "sizes": [3, 4]}))
print(paint({"color": "green", "sizes": []}))
print(paint({"items": [{"id": 7}, {"id": 8}]}))
print(paint({"color": "blue"}))
print(paint({"color": "red", "sizes": []}))
