# pass in functions, classes, loops and branches; conditional expressions.
class Empty:
    pass


def noop(*args):
    pass


for _ in range(2):
    pass
if True:
    pass
else:
    print("unreachable")
print(noop(1, 2), isinstance(Empty(), Empty))
x = 7
print("odd" if x % 2 else "even", "big" if x > 5 else "small" if x > 2 else "tiny")
