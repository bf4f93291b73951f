# List and string multiplication and concatenation.
print([0] * 4)
print([1, 2] * 3)
print([] * 5, [1] * 0, [1] * -1)
print("ab" * 3, "x" * 0, repr("-" * -2))
print(3 * "z")
print([1] + [2, 3])
row = [0] * 2
grid = [row] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
t = (1, 2) * 2
print(t)
print("=" * 20)
