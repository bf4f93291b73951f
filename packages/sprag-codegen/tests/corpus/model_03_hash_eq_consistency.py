class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
seen = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(seen), Point(1, 2) in seen, Point(5, 5) in seen)
grid = {Point(0, 0): "origin"}
grid[Point(0, 0)] = "still origin"
print(grid, grid[Point(0, 0)])
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))
print(hash(1), hash(-1), hash(0), hash(True), hash(2**40), hash(1.5), hash(-2.75), hash(0.1), hash(10.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1, 0.5)))
print(hash("abc") == hash("ab" + "c"), hash(("a", 1)) == hash(("a", 1)))
class Plain:
    pass
a, b = Plain(), Plain()
pairs = {(a, 1): "a", (b, 1): "b"}
print(len(pairs), pairs[(a, 1)], pairs[(b, 1)])
try:
    hash([1, 2])
except TypeError as e:
    print(e)
try:
    hash(({},))
except TypeError as e:
    print(e)
class Bad:
    def __hash__(self):
        return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
class Child(Point):
    pass
print(len({Child(1, 2), Point(1, 2)}))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
