# nonlocal rebinds a variable of the enclosing function.
def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


c1 = counter()
c2 = counter()
print(c1(), c1(), c1(5), c2())


def accumulate(values):
    total = 0
    largest = None

    def visit(v):
        nonlocal total, largest
        total += v
        if largest is None or v > largest:
            largest = v
    for v in values:
        visit(v)
    return total, largest


print(accumulate([3, 9, 2]))
print(accumulate([]))
