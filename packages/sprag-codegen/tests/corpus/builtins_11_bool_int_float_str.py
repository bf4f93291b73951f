# bool(), int(), float(), str() conversions chained.
print(int(float("2.75")), float(int("3")), str(int(7.9)))
print(bool(int("0")), bool(float("0.0")), bool(str(0)))
print(int(str(10 ** 12)) + 1)
print(float(str(0.1)))
print(str(float(2)))
print(int(-0.0), float(-0))
print(int("  -42  "), int("007"))
