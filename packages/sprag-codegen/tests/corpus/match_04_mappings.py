# Mapping patterns, including **rest; extra keys are allowed.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "Enter"}:
            return "enter pressed"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} with {rest}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"


events = [
    {"type": "click", "x": 1, "y": 2, "button": 0},
    {"type": "key", "key": "Enter"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "scroll"},
    {"kind": "x"},
    "text",
]
for e in events:
    print(handle(e))
