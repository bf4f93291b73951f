# == compares lists and tuples by value, recursively.
a = [1, 2, [3, 4]]
b = [1, 2, [3, 4]]
print(a == b, a != b)
print([1, 2] == [2, 1])
print((1, 2) == (1, 2), (1, 2) == (1, 2, 3))
print([] == [], () == ())
print([[]] == [[]])
print([1, (2, 3)] == [1, (2, 3)])
print(a == [1, 2, [3, 5]])
c = a
c.append(5)
print(a == c, len(a))
print([1.0, 2] == [1, 2.0])
