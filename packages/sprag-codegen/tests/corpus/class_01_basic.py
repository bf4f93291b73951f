# A class with __init__, methods and instance attributes.
class Counter:
    def __init__(self, start=0):
        self.value = start
        self.history = []

    def increment(self, by=1):
        self.value += by
        self.history.append(by)
        return self

    def reset(self):
        self.value = 0


c = Counter()
c.increment().increment(5)
print(c.value, c.history)
c.reset()
print(c.value)
d = Counter(10)
print(d.value, c.value)
d.label = "dynamic"
print(d.label)
print(isinstance(d, Counter))
