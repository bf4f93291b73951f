# One-element tuples print with a trailing comma.
t = (1,)
print(t)
print(repr(t), str(t))
print([(1,), (2, 3)])
print(("a",))
print(((),))
print(tuple("x"))
print(len(t), t[0])
single = 5,
print(single)
