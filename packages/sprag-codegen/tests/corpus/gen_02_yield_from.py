# yield from delegates to another iterable or generator.
def inner(prefix):
    yield prefix + "1"
    yield prefix + "2"


def outer():
    yield "start"
    yield from inner("a")
    yield from ["list1", "list2"]
    yield from inner("b")
    yield "end"


print(list(outer()))


def walk(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from walk(child)
    else:
        yield tree


print(list(walk([1, [2, [3, 4]], [[5]], 6])))


def with_return():
    yield 1
    return "ignored by list"


print(list(with_return()))
