# Tuples as dict keys are looked up by value.
grid = {}
grid[(0, 0)] = "origin"
grid[(1, 2)] = "point"
print(grid[(0, 0)])
key = (1, 2)
print(grid[key])
print((1, 2) in grid, (2, 1) in grid)
grid[(1, 2)] = "moved"
print(len(grid), grid)
pair = (0, 0)
print(grid.get(pair), grid.get((9, 9), "none"))
