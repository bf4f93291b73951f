records = [
    {"id": 9007199254740993, "name": "gamma", "score": 12.5},
    {"id": 9007199254740992, "name": "alpha", "score": 99},
    {"id": 18446744073709551615, "name": "omega", "score": -3},
    {"id": 42, "name": "small", "score": 12.5},
    {"id": 9007199254740991, "name": "beta", "score": 1e20},
    {"id": -9223372036854775808, "name": "min64", "score": 100000000000000000000},
]
by_id = sorted(records, key=lambda r: r["id"])
print([r["name"] for r in by_id])
print([r["id"] for r in sorted(records, key=lambda r: r["id"], reverse=True)])
print(max(r["id"] for r in records), min(r["id"] for r in records))
print(sorted(r["score"] for r in records))
print(sorted(records, key=lambda r: (r["score"], r["id"]))[0]["name"])
ids = [r["id"] for r in records]
ids.sort()
print(ids, ids.index(9007199254740993), 18446744073709551615 in ids, 18446744073709551614 in ids)
print(sorted([2**64, 2.0**64, 2**64 - 1, 1.8446744073709552e19 + 4096]))
print(max(2**53, 2.0**53), max(2.0**53, 2**53), min(3, 3.0), max(1, True))
uniq = sorted(set(ids + [9007199254740993, 42]))
print(len(uniq), uniq[-1] - uniq[0])
