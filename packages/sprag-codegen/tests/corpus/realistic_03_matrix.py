# Matrix operations on nested lists: multiply, transpose, determinant, identity.
def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        sign = -1 if col % 2 else 1
        total += sign * m[0][col] * det(minor)
    return total


a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
print(matmul(a, b))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(matmul(a, identity(2)) == a)
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
print(det([[1.5, 2], [3, 4]]))
scaled = [[v / 2 for v in row] for row in a]
print(scaled)
for row in matmul([[1, 2, 3]], [[1], [2], [3]]):
    print(" ".join(f"{v:>4}" for v in row))
