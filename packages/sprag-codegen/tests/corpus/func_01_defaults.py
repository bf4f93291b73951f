# Default argument values and calling with fewer arguments.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("ann"))
print(greet("bob", "Hi"))
print(greet("cid", "Hey", "?"))
print(greet("dee", punct="."))


def power(base, exp=2):
    return base ** exp


print(power(3), power(2, 10), power(exp=3, base=2))


def describe(x=None):
    if x is None:
        return "nothing"
    return "got " + str(x)


print(describe(), describe(0), describe([]))
