# list.append, extend and insert (including out-of-range and negative positions).
a = [1, 2]
a.append(3)
a.append([4, 5])
print(a)
a.extend([6, 7])
a.extend("xy")
a.extend((8,))
print(a)
b = [1, 2, 3]
b.insert(0, "start")
b.insert(-1, "before last")
b.insert(100, "end")
b.insert(-100, "very start")
print(b)
c = []
c += [1]
c += (2, 3)
print(c)
