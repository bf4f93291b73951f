# ValueError and AttributeError raised by builtins, caught by name.
try:
    [1, 2, 3].index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)


class Point:
    def __init__(self):
        self.x = 1


p = Point()
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
