# A JSON-like pretty printer for nested dicts, lists and scalars.
def render(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + escaped + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = [pad + "  " + render(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = [pad + "  " + render(str(k)) + ": " + render(v, indent + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError("cannot render " + repr(value))


doc = {
    "name": "widget \"pro\"",
    "price": 12.5,
    "qty": 3,
    "tags": ["a", "b\nc"],
    "dims": {"w": 2.0, "h": 1},
    "empty": [],
    "meta": {},
    "active": True,
    "parent": None,
}
print(render(doc))
try:
    render({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
