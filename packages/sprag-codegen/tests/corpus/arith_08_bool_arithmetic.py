# Booleans are ints in arithmetic but print as True/False.
print(True + True, True * 3, False - 1, True / 2)
print(sum([True, False, True]))
flags = [1 > 0, 2 > 3, "a" in "abc"]
print(flags, flags.count(True))
print(-True, abs(False), int(True) + 0.5)
print(True == 1, str(True + 0))
print(1_000_000, 0b1010, 0o17, 0xff)
