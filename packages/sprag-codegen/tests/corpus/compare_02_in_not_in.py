# in / not in on strings, lists, tuples, dicts, sets and ranges.
print("ab" in "cabd", "ba" not in "cabd")
print(3 in [1, 2, 3], 3 in (1, 2), 3 not in [4])
print("k" in {"k": 1}, 1 in {"k": 1}, "k" in {"k": 1}.values())
print(2 in {1, 2}, 5 in set())
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1,) in [(1,)])
print(None in [0, False, ""], 0 in [False])
