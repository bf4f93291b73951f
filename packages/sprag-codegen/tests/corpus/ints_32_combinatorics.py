import math

for n in (10, 30, 52, 100):
    print(n, math.comb(n, n // 2), math.perm(n, 3), math.comb(n, 0), math.comb(n, n + 1))
row = [1]
for _ in range(66):
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(len(row), max(row), row[33] == math.comb(66, 33), sum(row) == 2**66)
catalan = [math.comb(2 * k, k) // (k + 1) for k in range(0, 41, 8)]
print(catalan)
print(math.perm(20), math.factorial(20) == math.perm(20), math.prod(range(1, 26)) == math.factorial(25))
print(math.prod([2**40, 3**30, 1.5]), math.prod([]), math.prod(range(90, 100)))
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
