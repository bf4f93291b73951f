# `yield from` evaluates to the delegated generator's return value.
def averager(values):
    total = 0
    for v in values:
        yield v
        total += v
    return total / len(values)


def report(values):
    avg = yield from averager(values)
    yield f"average {avg}"


print(list(report([1, 2, 3, 4])))


def counted(items):
    n = 0
    for item in items:
        yield item
        n += 1
    return n


def wrapper():
    a = yield from counted("ab")
    b = yield from counted([])
    yield (a, b)


print(list(wrapper()))
