# issubset, issuperset, isdisjoint and comparison operators on sets.
a = {1, 2}
b = {1, 2, 3}
print(a.issubset(b), b.issubset(a))
print(b.issuperset(a), a.issuperset(b))
print(a <= b, a < b, b < b, b <= b, b > a)
print(a.isdisjoint({5, 6}), a.isdisjoint({2}))
print(set() <= a)
print({1, 2} == {2, 1})
