# TypeError where CPython raises it instead of JS coercion.
def check(fn):
    try:
        result = fn()
        print("ok", repr(result))
    except TypeError as e:
        print("TypeError:", e)


check(lambda: 1 + "a")
check(lambda: "a" + 1)
check(lambda: [1] + (2,))
check(lambda: len(5))
check(lambda: 1 < "a")
check(lambda: "ab" * 2)
check(lambda: [0] * 3)
check(lambda: None + 1)
