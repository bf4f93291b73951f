class Tag:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"</{self.name}>")
        if exc_type is not None:
            self.log.append(f"error {exc_type.__name__}: {exc}")
        return False
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.kinds):
            self.caught = ev
            return True
        return None
log = []
with Tag("html", log) as t, Tag("body", log):
    log.append("text " + t.name)
print(log)
log = []
try:
    with Tag("div", log):
        raise ValueError("bad")
except ValueError as e:
    print("propagated", e)
print(log)
s = Suppress(KeyError, IndexError)
with s:
    {}["missing"]
print("suppressed", repr(s.caught))
def find(items, target):
    log = []
    for i, x in enumerate(items):
        with Tag(str(i), log):
            if x == target:
                return i, log
    return -1, log
print(find([5, 6, 7], 6))
with Suppress(ZeroDivisionError):
    print(1 / 0)
print("after")
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
for i in range(3):
    with Tag("loop", []) as tg:
        if i == 1:
            continue
        print("body", i)
