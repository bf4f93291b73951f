# Exception args, str() and repr() of exception objects.
e = ValueError("bad value")
print(str(e))
print(repr(e))
print(e.args)
e2 = Exception("a", 2)
print(str(e2))
print(e2.args)
e3 = RuntimeError()
print(repr(str(e3)), e3.args)
k = KeyError("key")
print(str(k), repr(k))
print(isinstance(e, ValueError), isinstance(k, LookupError))


class Custom(Exception):
    pass


print(repr(Custom("x")))
print(str(Custom()))
