# range with start/stop/step, negative steps, empty ranges, len and indexing.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)))
print(list(range(-3, 3)))
r = range(0, 20, 5)
print(len(r), r[1], r[-1])
print(sum(range(1, 11)))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print(list(reversed(range(4))))
