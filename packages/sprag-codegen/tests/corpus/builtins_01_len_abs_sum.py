# len, abs, sum with start values.
print(len([1, 2]), len("héllo"), len({"a": 1}), len(()), len({1, 2, 2}), len(range(3, 10, 2)))
print(abs(-7), abs(7), abs(-7.5), abs(-0.0))
print(sum([1, 2, 3]), sum([]), sum([0.5, 0.25]), sum(range(101)))
print(sum([1, 2], 10))
print(sum([[1], [2, 3]], []))
print(sum([True, True, False]))
