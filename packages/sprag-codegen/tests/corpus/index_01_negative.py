# Negative indexes count from the end.
items = [10, 20, 30, 40]
print(items[-1], items[-2], items[-4])
word = "python"
print(word[-1], word[-6])
t = (1, 2, 3)
print(t[-1])
items[-1] = 99
print(items)
items[-2] += 5
print(items)
nested = [[1, 2], [3, 4]]
print(nested[-1][-1])
i = -3
print(items[i])
