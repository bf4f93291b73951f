# del on list items and slices.
a = list(range(8))
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
try:
    del b[5]
except IndexError as e:
    print("IndexError:", e)
