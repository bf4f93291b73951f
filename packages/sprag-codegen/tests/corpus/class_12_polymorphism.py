# Polymorphism through a shared interface and an abstract-ish base.
class Shape:
    label = "Shape"

    def area(self):
        raise NotImplementedError("subclasses implement area")

    def __str__(self):
        return f"{self.label} with area {self.area():.2f}"


class Rect(Shape):
    label = "Rect"

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    label = "Square"

    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    label = "Circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s)
print(sum(s.area() for s in shapes))
print(max(shapes, key=lambda s: s.area()))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
