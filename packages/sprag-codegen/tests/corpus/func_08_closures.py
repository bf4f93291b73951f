# Closures capture variables from enclosing scopes.
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))


def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i)
    return adders


print([f(10) for f in make_adders()])


def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]


print(late_binding())


def outer():
    msg = "outer"

    def inner():
        return msg + " seen from inner"
    msg = "changed"
    return inner()


print(outer())
