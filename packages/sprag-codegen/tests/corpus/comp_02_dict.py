# Dict comprehensions.
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({i: i * i for i in range(5) if i % 2})
squares = {n: n ** 2 for n in range(4)}
print({v: k for k, v in squares.items()})
print({k.upper(): v for k, v in {"a": 1, "b": 2}.items()})
print({c: "aeiou".count(c) for c in "banana"})
