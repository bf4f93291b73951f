# A walrus inside a comprehension binds in the enclosing scope.
data = [1, 5, 12, 7, 30]
print([y for x in data if (y := x * 2) > 10])
print("last y:", y)
