# Zero, 0.0, -0.0 and None are falsy; any other number is truthy.
for v in [0, 0.0, -0.0, None, 1, -1, 0.5, False, True]:
    print(repr(v), bool(v), "yes" if v else "no")
x = 0
while not x:
    x += 1
print("x", x)
count = 3
while count:
    count -= 1
print("count", count)
