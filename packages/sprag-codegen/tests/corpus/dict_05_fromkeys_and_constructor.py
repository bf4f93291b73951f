# dict.fromkeys, dict() from pairs and keywords, and zip.
print(dict.fromkeys(["a", "b", "c"]))
print(dict.fromkeys("xy", 0))
print(dict([("one", 1), ("two", 2)]))
print(dict(a=1, b=2))
print(dict(zip(["k1", "k2"], [10, 20])))
print(dict({"x": 1}, y=2))
print(dict())
