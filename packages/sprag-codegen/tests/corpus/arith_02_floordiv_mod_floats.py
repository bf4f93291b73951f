# // and % on floats also floor, and the result is a float.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (7, 2.0), (-1.0, 3), (0.5, 0.25)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(-0.1 % 1)
print(5.0 % 5)
print(-5.0 % 5)
print(3.5 // 1, -3.5 // 1)
