# __eq__ and __repr__ used through containers and comparisons of lists of objects.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


vs = [Vec(1, 2), Vec(0, 0)]
print(vs)
print(Vec(1, 2) in vs, Vec(2, 1) in vs)
print([v.scaled(2) for v in vs] == [Vec(2, 4), Vec(0, 0)])
print({"origin": Vec(0, 0)})
print(vs.index(Vec(0, 0)), vs.count(Vec(1, 2)))
print(Vec(1, 2) != Vec(1, 2), Vec(1, 2) != Vec(1, 3))
