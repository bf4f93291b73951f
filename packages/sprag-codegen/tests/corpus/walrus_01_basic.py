# The walrus operator binds inside expressions.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list with", n, "items")
values = []
i = 0
while (i := i + 1) <= 3:
    values.append(i)
print(values, i)
text = "key: value"
if (idx := text.find(":")) != -1:
    print(text[:idx], "|", text[idx + 2:])
print((total := sum(data)), total)
