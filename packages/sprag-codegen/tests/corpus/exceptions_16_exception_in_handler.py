# An exception raised inside an except block replaces the original one.
class CleanupError(Exception):
    pass


def process():
    try:
        {}["missing"]
    except KeyError as e:
        raise CleanupError("while handling " + repr(e))


try:
    process()
except CleanupError as e:
    print("CleanupError:", e)
    print("context type:", type(e.__context__).__name__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("outer got", type(e).__name__, e)
except ValueError:
    print("not reached")
