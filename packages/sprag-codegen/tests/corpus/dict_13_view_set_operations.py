d = {5: "a", 13: "b", 21: "c", 2: "d"}
print(d.keys() | [9, 1], d.keys() - [13], [21, 8, 2] & d.keys(), d.keys() ^ (5, 40), {40, 13} - d.keys())
print(d.items() & {(5, "a"), (13, "x")}, d.items() <= {(5, "a"), (13, "b"), (21, "c"), (2, "d"), 4})
print(d.keys() == {2, 5, 13, 21}, d.keys() < {2, 5, 13, 21, 0}, d.keys() >= {5}, d.keys().isdisjoint([1, 3]))
try:
    d.values() | {1}
except TypeError as e:
    print("TypeError:", e)
d = {1: 2}
print(d.keys() - [1], d.keys() | [5], d.items() ^ [(1, 2)])
x = 5
x -= 2
print(x)
