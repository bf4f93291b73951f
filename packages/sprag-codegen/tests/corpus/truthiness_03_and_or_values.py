# `and`/`or` return one of their operands, judged by Python truthiness.
print([] or "default")
print({} or [] or 0 or "" or None)
print("a" and "b")
print([] and "never")
print(0 or 0.0)
print([1] and {"k": 1})
name = ""
label = name or "anonymous"
print(label)
items = []
first = items and items[0]
print(repr(first))
print(None or False)
print(not None, not 0, not "")
