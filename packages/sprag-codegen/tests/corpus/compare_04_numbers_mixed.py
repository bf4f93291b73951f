# Numeric comparisons across ints, floats and bools; min/max on mixed numbers.
print(1 < 1.5, 2 == 2.0, 3 >= 3.0, -1 < -0.5)
print(True + True, True < 2, False == 0.0)
print(max(1, 2.0), min(2.0, 1), max(2, 2.0), max(2.0, 2))
print(sorted([2, 1.5, True, 0]))
print(10 ** 15 > 10 ** 15 - 1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(0.1 + 0.2, 2) == 0.3)
