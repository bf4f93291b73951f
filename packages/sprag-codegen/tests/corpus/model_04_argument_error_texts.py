def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))
def outer():
    def inner(a):
        return a
    return inner
class Form:
    def field(self, name, /, *, required=False):
        return f"{name}{'*' if required else ''}"
    def submit(self, data):
        return self.field(**data, **{"required": True})
    def check(self, x):
        return x
def k(x):
    return x
calls = [
    lambda: clamp(value=5),
    lambda: clamp(5, low=1, high=3, extra=1),
    lambda: outer()(1, 2),
    lambda: outer()(b=2),
    lambda: Form().field(name="x"),
    lambda: Form().check(),
    lambda: Form().check(1, x=2),
    lambda: k(**{"x": 1}, **{"x": 2}),
    lambda: k(x=1, **{"x": 2}),
    lambda: Form().submit({"required": False}),
    lambda: k(**{1: 2}),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(clamp(15), clamp(-3, low=-1))
