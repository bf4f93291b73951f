class Counter:
    def __init__(self, name):
        self.name = name
        self.total = 0
        self.hits = 0

    def add(self, amount):
        self.total += amount
        self.hits += 1

    def mean(self):
        return self.total / self.hits if self.hits else 0.0

    def __repr__(self):
        return f"Counter({self.name!r}, total={self.total}, hits={self.hits})"


bytes_served = Counter("bytes")
for i in range(60):
    bytes_served.add(3_000_000_000_000_000 + i * 7_919)
print(bytes_served)
print("mean:", bytes_served.mean(), "int mean:", bytes_served.total // bytes_served.hits)
print("TB:", bytes_served.total // 10**12, "remainder:", bytes_served.total % 10**12)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 10**16
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sum(counts.values()), max(counts.values()) - min(counts.values()))
