# Assigning to a read-only property raises AttributeError, catchable by name.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return self.r * 2


c = Circle(3)
print(c.diameter)
try:
    c.diameter = 10
    print("assigned")
except AttributeError:
    print("AttributeError: read-only property")
print(c.diameter, c.r)
