# __str__ and __repr__ are used by print, str, repr, f-strings and containers.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


p = Point(1, 2.0)
print(p)
print(str(p), repr(p))
print(f"{p} {p!r}")
print([p, Point("a", None)])
print({"p": p})
print((p,))
o = OnlyRepr()
print(o, str(o), [o])
print("point: " + str(p))
