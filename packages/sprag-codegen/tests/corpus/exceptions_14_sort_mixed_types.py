# Sorting values that cannot be ordered raises TypeError.
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    print(max([[1], 2]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([1, 2.5, 0]))
