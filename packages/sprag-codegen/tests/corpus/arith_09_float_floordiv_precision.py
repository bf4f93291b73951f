# Float floor division agrees with float modulo: 7 // 0.1 is 69.0 in Python.
print(7 // 0.1, 7 % 0.1)
print(divmod(7, 0.1))
print(1 // 0.1, 1 % 0.1)
print(0.3 // 0.1, 0.3 % 0.1)
print(-7 // 0.1)
