# Comprehensions with several for clauses and filters.
print([(x, y) for x in range(3) for y in range(x)])
print([a + b for a in "ab" for b in "xyz" if b != "y"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})
print([[row[i] for row in matrix] for i in range(3)])
print(sum(x * y for x in range(4) for y in range(4) if x != y))
