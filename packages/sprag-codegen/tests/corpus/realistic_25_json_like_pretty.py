def dump(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}{" " * step}"{k}": {dump(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return "[" + ", ".join(dump(v) for v in value) + "]"
        items = [pad + " " * step + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{out}"'
    if isinstance(value, float) and value == int(value):
        return str(int(value)) + ".0"
    return str(value)


doc = {
    "name": "sprag",
    "version": (0, 2, 0),
    "tags": ["web", "python", "compiler"],
    "maintainers": [{"name": "Ada", "active": True}, {"name": "Bob \"B\"", "active": False}],
    "stats": {"stars": 1200, "ratio": 0.75, "score": 10.0, "empty": {}, "none": None},
    "notes": "line1\nline2",
}
print(dump(doc))
print(dump([]), dump({}), dump([[1, 2], [3]]))
