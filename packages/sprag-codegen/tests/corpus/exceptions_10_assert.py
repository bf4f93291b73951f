# assert with a message raises AssertionError, caught by name.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 0
except AssertionError as e:
    print("no message:", repr(str(e)))
assert {"a": 1}, "non-empty dict passes"
print("done")
