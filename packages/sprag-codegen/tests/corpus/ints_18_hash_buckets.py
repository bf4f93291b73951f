# hash() of numbers is deterministic in CPython (ints mod 2**61 - 1), so bucketing by it is too.
values = [0, 1, -1, -2, 42, 2**61 - 1, 2**61, 2**64, -2**64, 10**20, 1.0, 1.5, -0.5, 2.0**70, 1e-3, True, False]
for v in values:
    print(repr(v), hash(v), hash(v) % 8)
print(hash(10**20) == hash(1e20), hash(2**70) == hash(2.0**70), hash(1) == hash(1.0) == hash(True))
buckets = {}
for order_id in range(10**18, 10**18 + 12):
    buckets.setdefault(hash(order_id) % 4, []).append(order_id % 1000)
print(sorted(buckets.items()))
print(hash(float("inf")), hash(float("-inf")))
