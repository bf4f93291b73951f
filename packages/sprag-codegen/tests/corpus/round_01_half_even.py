# round() with no digits rounds half to even and returns an int.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 0.49999, 7, -7]:
    print(v, round(v))
print(round(2.5) + 1)
print(isinstance(round(2.5), int), isinstance(round(2.5, 0), float))
