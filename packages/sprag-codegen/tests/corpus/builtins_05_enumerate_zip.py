# enumerate with start= and zip over iterables of different length.
names = ["ann", "bob", "cid"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(enumerate("ab", 10)))
ages = [30, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages, "xyz")))
print(list(zip()))
print(dict(zip("abc", range(3))))
for a, b in zip([1, 2, 3], [4, 5, 6]):
    print(a * b, end=" ")
print()
