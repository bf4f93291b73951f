# sorted returns a new list; reversed iterates backwards.
data = [5, 2, 9, 1]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted({"b": 1, "a": 2}))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(reversed(data)), data)
print("".join(reversed("stressed")))
print(list(reversed((1, 2, 3))))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([-3, 2, -1], key=abs))
