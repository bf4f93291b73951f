class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
def load(settings):
    try:
        return settings["port"]
    except KeyError:
        raise ConfigError("missing port")
def describe(exc):
    cause = exc.__cause__
    ctx = exc.__context__
    return (f"{type(exc).__name__}: {exc} | cause={type(cause).__name__ if cause else None}"
            f" | context={type(ctx).__name__ if ctx else None} | suppress={exc.__suppress_context__}")
for fn, arg in ((parse_port, "80x"), (load, {})):
    try:
        fn(arg)
    except ConfigError as err:
        print(describe(err))
try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("hidden") from None
except ValueError as err:
    print(describe(err), repr(err.__context__))
def helper():
    return [][1]
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except IndexError as err:
    print(describe(err))
try:
    try:
        raise TypeError("first")
    except TypeError as first:
        try:
            raise
        except TypeError as again:
            print(again is first, again.__context__)
except Exception:
    pass
e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
