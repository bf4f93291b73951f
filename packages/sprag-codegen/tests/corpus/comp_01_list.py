# List comprehensions with filters and transformations.
nums = list(range(10))
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0])
print([n if n % 2 else -n for n in nums])
print([c.upper() for c in "abc"])
print([len(w) for w in "the quick brown fox".split()])
print([x for x in [0, 1, "", "a", None, [], [0]] if x])
print([(i, c) for i, c in enumerate("xyz")])
