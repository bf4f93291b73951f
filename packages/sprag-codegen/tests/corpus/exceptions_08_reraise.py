# Bare raise re-raises the current exception.
def inner():
    raise KeyError("k")


def middle():
    try:
        inner()
    except KeyError:
        print("middle saw KeyError, re-raising")
        raise


try:
    middle()
except KeyError as e:
    print("outer caught", repr(e))


def convert():
    try:
        return [][0]
    except IndexError as e:
        print("logging:", e)
        raise


try:
    convert()
except IndexError:
    print("re-raised IndexError caught")
