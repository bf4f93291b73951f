# Module-level mutable state changed from functions without `global`.
registry = {}
events = []
settings = {"verbose": False, "count": 0}


def register(name, value):
    registry[name] = value
    events.append(("register", name))
    settings["count"] += 1


def toggle():
    settings["verbose"] = not settings["verbose"]


register("a", 1)
register("b", [2])
toggle()
registry["b"].append(3)
print(registry)
print(events)
print(settings)
LIMIT = 3


def under_limit(n):
    return n < LIMIT


print([n for n in range(5) if under_limit(n)])
