# Lambdas: as arguments, stored in dicts, immediately called, with defaults.
square = lambda x: x * x
print(square(7))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "neg": lambda a: -a}
print(ops["add"](2, 3), ops["sub"](2, 3), ops["neg"](4))
print((lambda *a: len(a))(1, 2, 3))
print((lambda x, y=10: x + y)(1))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print((lambda: "no args")())
