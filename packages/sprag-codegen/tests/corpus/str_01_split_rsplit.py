# str.split / rsplit with separators and maxsplit.
s = "a,b,,c"
print(s.split(","))
print(s.split(",", 1))
print(s.rsplit(",", 1))
print("  lots   of   space ".split())
print("  lots   of   space ".split(None, 1))
print("a b c d".rsplit(None, 2))
print("a b c d".rsplit(" ", 2))
print("".split(), "".split(","))
print("x".split(","))
print("1::2::3".split("::"))
print("one two".split(maxsplit=1))
print("k=v=w".split("=", maxsplit=1))
