# Class patterns for classes defined in the program (keyword and positional via __match_args__).
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(center=Point(x=cx, y=cy), radius=r):
            return f"circle at {cx},{cy} r={r}"
        case int() | float():
            return "a number"
        case str(s):
            return "a string " + s
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 2), 4, 2.5, "hi", None]:
    print(describe(s))
