# map and filter return iterators; filter(None, ...) keeps truthy values.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda n: n % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", [], [0], None])))
print(list(map(int, "1 2 3".split())))
print(sum(map(len, ["ab", "cde"])))
doubled = map(lambda x: x * 2, [1, 2])
print(list(doubled), list(doubled))
