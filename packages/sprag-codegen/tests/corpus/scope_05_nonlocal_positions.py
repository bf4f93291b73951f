def outer():
    for i in range(3):
        pass
    def bump():
        nonlocal i
        i += 10
    bump()
    try:
        raise ValueError("x")
    except ValueError as err:
        saved = err
    def reset():
        nonlocal saved
        saved = None
    reset()
    def helper():
        return "h1"
    def swap():
        nonlocal helper
        helper = lambda: "h2"
    swap()
    class Holder:
        def set(self, v):
            nonlocal i
            i = v
    Holder().set(99)
    total = [0]
    def acc(n):
        nonlocal total
        total = total + [n]
    [acc(n) for n in range(3)]
    async_like = (lambda: i)()
    return i, saved, helper(), total, async_like
print(outer())

def counter_factory():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get())

def gen_outer():
    n = 0
    def g():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return list(g()), n
print(gen_outer())

def with_nonlocal():
    state = "idle"
    class CM:
        def __enter__(self):
            nonlocal state
            state = "busy"
        def __exit__(self, *a):
            nonlocal state
            state = "done"
    with CM():
        mid = state
    return mid, state
print(with_nonlocal())
