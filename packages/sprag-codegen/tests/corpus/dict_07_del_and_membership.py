# del d[k], `in` checks keys, and counting with get.
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
del counts["m"]
print(counts)
print("s" in counts, "m" in counts, 1 in {1: "x"})
inventory = {"a": 0, "b": 2}
empty = [k for k, v in inventory.items() if not v]
for k in empty:
    del inventory[k]
print(inventory)
