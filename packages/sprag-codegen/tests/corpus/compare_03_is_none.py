# `is None` / `is not None` and None checks in conditions.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


r = find([5, 6], 6)
print(r, r is None, r is not None)
r = find([5, 6], 7)
print(r, r is None)
r = find([0], 0)
if r is not None:
    print("found at", r)
if not r:
    print("but r is falsy")
value = None
print(value is None, [] is not None, 0 is not None)
