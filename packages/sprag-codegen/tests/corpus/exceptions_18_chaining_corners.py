# exception chaining corners
def a():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("v")
        except ValueError as inner:
            raise TypeError("t") from inner
try:
    a()
except TypeError as e:
    c = e.__cause__
    print(repr(c), repr(c.__context__), e.__suppress_context__, repr(e.__context__))

def b():
    try:
        {}["x"]
    except KeyError as err:
        raise err
try:
    b()
except KeyError as e:
    print("reraise ctx:", e.__context__)

def c():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise RuntimeError("after handler")
try:
    c()
except RuntimeError as e:
    print("after:", e.__context__)

def d():
    try:
        raise ValueError("first")
    except ValueError as e1:
        e2 = RuntimeError("made here")
    raise e2
try:
    d()
except RuntimeError as e:
    print("made-in-handler raised later:", e.__context__)

try:
    try:
        raise OSError("io")
    except OSError as exc:
        raise exc from None
except OSError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
