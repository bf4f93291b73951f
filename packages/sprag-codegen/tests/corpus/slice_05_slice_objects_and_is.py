class Timeline:
    def __init__(self, events):
        self.events = list(events)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.events))
            return Timeline(self.events[start:stop:step])
        return self.events[key]
    def __len__(self):
        return len(self.events)
    def __repr__(self):
        return f"Timeline({self.events})"
t = Timeline(["boot", "login", "click", "scroll", "logout"])
print(t[1:4], t[::-2], t[-1], t[:0], len(t[::2]))
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(1, 2) == slice(1, 2))
items = list(range(10))
print(items[s], items[slice(-3, None)])
items[slice(0, 2)] = ["a", "b", "c"]
print(items)
del items[slice(None, None, 3)]
print(items, isinstance(s, slice), type(s).__name__)
try:
    hash(s)
except TypeError as e:
    print(e)
print(slice(2, 8).indices(5), "abcdef"[slice(1, 4)])
a = [1]
print(a is [1], [] is [], {} is {}, a is a, (a, 1) is (a, 1))
