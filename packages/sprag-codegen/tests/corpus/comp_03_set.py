# Set comprehensions (printed sorted).
words = ["Apple", "apple", "BANANA", "cherry", "Cherry"]
print(sorted({w.lower() for w in words}))
print(sorted({n % 3 for n in range(10)}))
print(len({(a, b) for a in range(3) for b in range(3) if a <= b}))
