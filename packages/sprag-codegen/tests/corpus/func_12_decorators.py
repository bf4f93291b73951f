# Decorators that are plain functions.
calls = []


def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
def add(a, b):
    return a + b


@logged
def shout(text, suffix="!"):
    return text.upper() + suffix


add(1, 2)
shout("hi")
shout("hey", suffix="?")
print(calls)


def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper


@twice
@twice
def inc(x):
    return x + 1


print(inc(0))
