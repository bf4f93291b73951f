# isinstance with builtin types, subclasses and tuples of classes.
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Other:
    pass


items = [Circle(), Square(), Other(), 3, 2.5, "s", [1], {"a": 1}, (1,), None, True]
for it in items:
    print(
        repr(it) if not isinstance(it, (Shape, Other)) else "object",
        isinstance(it, Shape),
        isinstance(it, (Circle, Other)),
        isinstance(it, (int, float)),
        isinstance(it, str),
        isinstance(it, (list, tuple)),
        isinstance(it, dict),
    )
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float))
