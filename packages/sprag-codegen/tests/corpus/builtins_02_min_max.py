# min/max with several args, iterables, key= and default=.
print(max(3, 7, 5), min(3, 7, 5))
print(max([4, 9, 1]), min((4, 9, 1)))
print(max("apple", "fig", "banana", key=len))
print(min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None))
print(max({"a": 3, "b": 9, "c": 1}, key=lambda k: {"a": 3, "b": 9, "c": 1}[k]))
print(max([(1, "b"), (1, "a")]))
print(min("hello"))
print(max([1, 3, 3, 2], key=lambda v: -v))
print(max(["x", "yy", "zz"], key=len))
try:
    max([])
except ValueError:
    print("ValueError on empty max")
