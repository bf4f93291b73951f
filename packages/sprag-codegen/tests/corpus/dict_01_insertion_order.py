# Dicts keep insertion order, including int keys and re-inserted keys.
d = {}
d["zeta"] = 1
d["alpha"] = 2
d[10] = "ten"
d[2] = "two"
d["mid"] = 3
print(d)
print(list(d))
d["zeta"] = 100
print(list(d.keys()))
del d["alpha"]
d["alpha"] = 4
print(d)
nums = {3: "c", 1: "a", 2: "b"}
print(nums, list(nums.values()))
for k in nums:
    print(k, end=" ")
print()
