# add, discard, remove, pop-free mutation and membership.
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.discard(1)
s.discard(42)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s.remove(3)
print(s, len(s))
words = set("hello")
print(sorted(words))
print("l" in words, "z" in words, "z" not in words)
seen = set()
dups = []
for n in [1, 2, 1, 3, 2, 1]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(dups, sorted(seen))
s2 = {1, 2}
s2.update([3, 4], (5,))
print(sorted(s2))
s2.clear()
print(len(s2))
