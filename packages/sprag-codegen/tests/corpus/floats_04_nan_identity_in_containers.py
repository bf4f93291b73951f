# Containers check identity before ==, so the same NaN object is found.
nan = float("nan")
items = [1.0, nan]
print(nan in items, items.count(nan), items.index(nan))
print(items == items, [nan] == [nan])
d = {"x": nan}
print(nan in d.values())
print(nan == nan, nan is nan)
