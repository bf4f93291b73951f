# any/all with Python truthiness and short-circuiting.
print(any([]), all([]))
print(any([0, "", None, []]), any([0, [0]]))
print(all([1, "a", [0]]), all([1, ""]))
print(any(x > 3 for x in [1, 2, 5]))
print(all(isinstance(x, int) for x in [1, 2, 3.0]))
seen = []


def check(v):
    seen.append(v)
    return v > 1


print(any(check(v) for v in [0, 2, 5]), seen)
print(all({}), any({"k": 0}))
