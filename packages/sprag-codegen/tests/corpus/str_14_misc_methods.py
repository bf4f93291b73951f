# Misc: expandtabs-free methods like removeprefix-free equivalents, len, concatenation in loops.
parts = []
for i in range(3):
    parts.append("item" + str(i))
print(parts)
s = ""
for p in parts:
    s += p + ";"
print(s, len(s))
print("abc"[::-1], "abc" * 2 + "!")
print("Hello".lower().startswith("he"))
print("x,y".split(",")[1].upper())
print("  padded ".strip().center(10, "#"))
print(str(5).rjust(3, "0"))
