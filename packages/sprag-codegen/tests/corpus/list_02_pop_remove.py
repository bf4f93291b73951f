# list.pop with and without index, remove first match.
a = [10, 20, 30, 40, 20]
print(a.pop())
print(a.pop(0))
print(a.pop(-2))
print(a)
a.remove(20)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
