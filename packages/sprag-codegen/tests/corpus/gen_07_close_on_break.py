# Leaving a for loop over a generator early closes it, so its finally block runs right away.
def guarded(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


for x in guarded("a"):
    print("got", x)
    break
print("after break")


def first(tag):
    for x in guarded(tag):
        return x


print(first("b"))
print([v for v in guarded("c")])
