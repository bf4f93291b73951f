# list.reverse (in place, returns None), copy and clear.
a = [1, 2, 3]
result = a.reverse()
print(result, a)
b = a.copy()
b.append(0)
print(a, b)
a.clear()
print(a, len(a), b)
c = list(reversed(b))
print(c, b)
