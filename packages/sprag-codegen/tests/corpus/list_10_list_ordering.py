# Lists and tuples compare lexicographically.
print([1, 2] < [1, 3])
print([1, 2] < [1, 2, 0])
print([2] > [1, 9, 9])
print((1, "b") < (1, "c"))
print([] < [0])
print(max([[1, 2], [1, 10], [0, 99]]))
print(min([(2, "a"), (1, "z")]))
print([1, 2] <= [1, 2], [3] >= [3, 0])
