# Sorting is stable: equal keys keep their input order.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
records = [{"n": "x", "k": 2}, {"n": "y", "k": 1}, {"n": "z", "k": 2}]
records.sort(key=lambda r: r["k"])
print([r["n"] for r in records])
