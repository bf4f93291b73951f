# / always produces a float; integral results print with .0.
print(7 / 2)
print(6 / 3)
print(-7 / 2)
print(1 / 3)
print(10 / 4)
print(0 / 5)
print(-0 / 5)
print(2 / -1)
total = 0
for v in [1, 2, 3, 4]:
    total += v
print(total / 4)
print(total / len([1, 2, 3, 4]) * 2)
