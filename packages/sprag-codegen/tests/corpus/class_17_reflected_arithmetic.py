class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x - o.x, self.y - o.y)
        return NotImplemented
    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __rtruediv__(self, k):
        return Vec(k / self.x, k / self.y)
    def __floordiv__(self, k):
        return NotImplemented
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __rmod__(self, k):
        return Vec(k % self.x, k % self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(3, 4)
print(v + Vec(1, 1), v - Vec(1, 1), 10 - v, 2 * v, v * 0.5, v / 2, 12 / v, v % 2, 7 % v)
for bad in (lambda: v + 1, lambda: 1 + v, lambda: v // 2, lambda: "s" * v, lambda: v * "s"):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Special(Vec):
    def __rsub__(self, o):
        return "special rsub"
print(Vec(1, 1) - Special(0, 0))
