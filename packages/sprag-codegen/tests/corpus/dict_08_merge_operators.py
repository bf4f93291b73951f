# Dict merge with | and |=, and ** unpacking into a literal.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
c = dict(a)
c |= b
print(c)
print({**a, **b})
print({**b, "w": 0, **a})
print(a)
