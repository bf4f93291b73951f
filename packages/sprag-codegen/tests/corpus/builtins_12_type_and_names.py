# type(x).__name__ for builtin values, classes and exceptions, and function __name__.
class Widget:
    pass


class Special(Widget):
    pass


def helper():
    return 1


for value in [1, 1.0, "", [], {}, (), None, True, set(), Widget(), Special()]:
    print(type(value).__name__)
try:
    {}["k"]
except Exception as e:
    print(type(e).__name__)
print(helper.__name__, Widget.__name__)
print(type(Special()) is Special, type(Special()) is Widget)
