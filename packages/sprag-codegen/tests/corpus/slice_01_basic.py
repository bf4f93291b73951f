# Basic slices on lists and strings.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5])
print(a[:3])
print(a[7:])
print(a[:])
print(a[-3:])
print(a[:-3])
print(a[-5:-2])
s = "hello world"
print(s[:5], s[6:], s[-5:])
print(s[3:3] == "")
copy = a[:]
copy.append(10)
print(len(a), len(copy))
