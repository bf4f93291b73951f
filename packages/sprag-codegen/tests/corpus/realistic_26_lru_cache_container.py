class LRU:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def __getitem__(self, key):
        if key not in self.data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def __setitem__(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


cache = LRU(3)
for k in ["a", "b", "c"]:
    cache[k] = k.upper()
cache["a"]
cache["d"] = "D"
print(list(cache), len(cache), "b" in cache, cache.get("b", "?"), cache.get("a"))
cache[(1, 2)] = "tuple key"
print(list(cache), cache[(1, 2)], cache.hits, cache.misses)
it = iter(cache)
print(next(it), next(it), list(it))
try:
    LRU(0)
except ValueError as e:
    print(e)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError", e)


def memo(fn):
    store = LRU(64)

    def wrapper(*args):
        if args in store:
            return store[args]
        result = fn(*args)
        store[args] = result
        return result
    wrapper.cache = store
    return wrapper


@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(8, 8), len(paths.cache), paths.cache.hits)
