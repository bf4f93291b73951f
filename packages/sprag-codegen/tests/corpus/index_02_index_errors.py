# Out-of-range indexes raise IndexError; missing keys raise KeyError.
items = [1, 2, 3]
for i in [3, -4, 10]:
    try:
        print(items[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    print("abc"[5])
except IndexError as e:
    print("IndexError:", e)
try:
    print((1, 2)[2])
except IndexError as e:
    print("IndexError:", e)
try:
    items[5] = 0
except IndexError as e:
    print("IndexError:", e)
print(items)
