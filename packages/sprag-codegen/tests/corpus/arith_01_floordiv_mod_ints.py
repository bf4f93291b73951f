# // and % on ints take the sign of the divisor (floor semantics).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(-17 // 5, -17 % 5)
print(17 // -5, 17 % -5)
x = -13
x //= 4
print(x)
y = -13
y %= 4
print(y)
