DEFAULTS = {"theme": "light", "page_size": 20, "features": ["search"]}
_overrides = []
_cache = None


def push(layer):
    global _cache
    _overrides.append(dict(layer))
    _cache = None


def pop():
    global _cache
    _cache = None
    return _overrides.pop()


def settings():
    global _cache
    if _cache is None:
        merged = dict(DEFAULTS)
        for layer in _overrides:
            for key, value in layer.items():
                if key == "features":
                    merged[key] = merged[key] + [f for f in value if f not in merged[key]]
                else:
                    merged[key] = value
        _cache = merged
    return _cache


class Override:
    def __init__(self, **layer):
        self.layer = layer

    def __enter__(self):
        push(self.layer)
        return settings()

    def __exit__(self, *exc):
        pop()


print(settings())
with Override(theme="dark", features=["beta"]) as s:
    print(s)
    with Override(page_size=50, features=["search", "export"]) as inner:
        print(inner)
    print(settings() is s, settings() == s)
print(settings(), len(_overrides))
try:
    with Override(theme="blue"):
        raise LookupError("boom")
except LookupError as e:
    print("restored after", repr(e), settings()["theme"])
