# Changing a set's size while iterating over it raises RuntimeError, as in CPython.
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("discard:", e)
print(len(s))

s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("add:", e)
print(len(s))

s = {5, 6}
try:
    for x in s:
        s.remove(x)
except RuntimeError as e:
    print("remove:", e)
print(len(s))

s = {1, 2, 3}
for x in set(s):
    if x % 2:
        s.remove(x)
print(s)
