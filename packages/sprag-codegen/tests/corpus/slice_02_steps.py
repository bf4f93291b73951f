# Slices with positive steps.
a = list(range(12))
print(a[::2])
print(a[1::3])
print(a[2:10:4])
print(a[::5])
print("abcdefgh"[::2])
print("abcdefgh"[1:7:3])
print(tuple(range(10))[::3])
