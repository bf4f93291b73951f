# Functions without return give None; multiple returns are tuples.
def nothing():
    pass


def early(x):
    if x:
        return
    return "late"


def pair():
    return 1, 2


print(nothing())
print(early(True), early(False))
print(pair())
a, b = pair()
print(a + b)
print(isinstance(pair(), tuple))


def docstring_only():
    """Only a docstring."""


print(docstring_only())
