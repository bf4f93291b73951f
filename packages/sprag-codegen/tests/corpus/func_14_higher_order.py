# Functions as values: passing, returning, storing.
def apply_all(fns, value):
    return [f(value) for f in fns]


def add_one(x):
    return x + 1


def negate(x):
    return -x


print(apply_all([add_one, negate, abs, str], -5))
pipeline = [add_one, add_one, negate]
value = 3
for step in pipeline:
    value = step(value)
print(value)


def make_counter():
    state = {"n": 0}

    def tick():
        state["n"] += 1
        return state["n"]
    return tick


tick = make_counter()
tick()
tick()
print(tick())
