# Mixing ints and floats: results are floats and print as Python floats.
print(1 + 1.0)
print(3 * 1.5)
print(0.1 + 0.2)
print(1.1 * 3)
print(2.5 - 0.5)
print(100 * 1.1)
print(3 - 3.0)
print(1e3, 1.5e3, 2e-3)
print(int(2.0) + 1, float(2) + 1)
print(7.0 // 2, 7 // 2.0)
print(abs(-2.5), abs(-3), abs(0.0))
x = 5
x += 0.5
print(x)
x -= 0.5
print(x)
