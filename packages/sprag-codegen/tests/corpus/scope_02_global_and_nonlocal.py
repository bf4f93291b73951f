counter = 0
items = []
def bump(n=1):
    global counter
    counter += n
    return counter
def reset():
    global counter, items
    counter = 0
    items = ["x"]
bump(); bump(5)
print(counter)
reset()
print(counter, items)
def outer():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    class K:
        def m(self):
            nonlocal total
            total = 100
    for i in range(3):
        add(i)
    K().m()
    def deep():
        def deeper():
            nonlocal total
            total *= 2
        deeper()
    deep()
    return total
print(outer())
def maybe(flag):
    if flag:
        value = 1
    try:
        print(value)
    except UnboundLocalError as e:
        print("unbound:", e)
maybe(True); maybe(False)
def cond_def(flag):
    if flag:
        x = 5
    return x
try:
    cond_def(False)
except NameError as e:
    print(type(e).__name__, e)
