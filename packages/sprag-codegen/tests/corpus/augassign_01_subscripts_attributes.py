# Augmented assignment on subscripts and attributes.
counts = {"a": 1}
counts["a"] += 1
counts["a"] *= 10
counts["a"] -= 5
counts["a"] //= 4
print(counts)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[-1][-1] -= 2
print(grid)
words = ["x"]
words[0] += "yz"
words[0] *= 2
print(words)


class Box:
    def __init__(self):
        self.total = 0
        self.items = []
        self.data = {"n": 1}


b = Box()
b.total += 5
b.total **= 2
b.items += ["a"]
b.data["n"] %= 1
print(b.total, b.items, b.data)
x = 17
x %= -5
print(x)
s = "ab"
s += "c"
print(s)
