# Nested comprehensions and the loop variable not leaking.
x = "outer"
result = [x for x in range(3)]
print(result, x)
table = [[r * c for c in range(1, 4)] for r in range(1, 4)]
for row in table:
    print(row)
words = ["hi", "there"]
print([[ch for ch in w] for w in words])
pairs = [(n, [d for d in range(1, n + 1) if n % d == 0]) for n in [6, 7, 12]]
print(pairs)
print(dict((k, [v] * k) for k, v in [(1, "a"), (2, "b")]))
