# str() and repr() of None and booleans use Python spelling.
print(None, True, False)
print(str(None), str(True), str(False))
print(repr(None), repr(True), repr(False))
print("value: " + str(None))
print([None, True, False])
print({"flag": True, "nothing": None})
print(f"{None} {True} {False!r}")
print(str(1 == 1), str(1 > 2))
