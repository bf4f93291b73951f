def setup():
    global CONFIG, VERSION
    CONFIG = {"debug": True}
    VERSION = 3
setup()
print(CONFIG, VERSION)
class Registry:
    def register(self, name):
        global registered
        registered = registered + [name]
        return len(registered)
registered = []
r = Registry()
r.register("a"); print(r.register("b"), registered)
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    while True:
        yield inc()
g = counter_gen()
print(next(g), next(g), next(g))
def make():
    x = "start"
    def f():
        nonlocal x
        x = [c.upper() for c in x]
    f()
    return x
print(make())
total = 0
def add_all(xs):
    global total
    for total in xs:
        pass
    return total
print(add_all([1, 2, 3]), total)
def walrus_global():
    global last
    if (last := 10) > 5:
        print("big", last)
walrus_global(); print(last)
def outer():
    n = 1
    def a():
        nonlocal n
        def b():
            nonlocal n
            n = n * 10
        b()
        n += 1
    a(); a()
    return n
print(outer())
