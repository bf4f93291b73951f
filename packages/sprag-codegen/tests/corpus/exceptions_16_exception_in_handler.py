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

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("outer got TypeError", e)
except ValueError:
    print("not reached")
