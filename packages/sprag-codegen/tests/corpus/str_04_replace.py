# str.replace replaces all occurrences, or the first n.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("", "-")[:12])
print("aaa".replace("a", "b", 0))
print("a.b.c".replace(".", ""))
print("$x$".replace("$", "$$"))
print("abc".replace("z", "y"))
