# `in` on lists uses == (by value); assignment aliases, slicing copies.
items = [[1, 2], (3, 4), "five", 6.0]
print([1, 2] in items, (3, 4) in items, 6 in items, "fiv" in items)
print([2, 1] not in items)
a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, c)
print(a == b, a is b, a is c)
def mutate(lst):
    lst.append("m")
mutate(a)
print(a)
