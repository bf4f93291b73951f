# == compares dicts by value regardless of insertion order.
d1 = {"a": 1, "b": [1, 2], "c": {"x": (1, 2)}}
d2 = {"c": {"x": (1, 2)}, "b": [1, 2], "a": 1}
print(d1 == d2)
print(d1 != d2)
print({} == {})
print({"a": 1} == {"a": 1.0})
print({"a": 1} == {"a": 2})
print({"a": 1} == {"b": 1})
print({"a": [1, {"b": 2}]} == {"a": [1, {"b": 2}]})
print([{"k": 1}] == [{"k": 1}])
print(set([1, 2, 3]) == {3, 2, 1})
