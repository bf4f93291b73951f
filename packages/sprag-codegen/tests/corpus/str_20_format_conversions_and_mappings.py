print("{!a} {!r} {!s}".format("é", "x", "y"), "{0!a}{1}".format("ü", 2))
try:
    "{} {0}".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("%5.2s|%-6r|%c|%c" % ("abc", "é", 97, "z"))
print("%(name)-8s|%(n)05d" % {"name": "ada", "n": 42})
try:
    print("%(x)s %s" % {"x": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % {"a": 1})
except TypeError as e:
    print("TypeError:", e)
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % (None,))
print("ǅungla".casefold(), "ﬀ".upper(), "ß".upper(), "İ".lower(), len("İ".lower()))
print("Ⅷ".isnumeric(), "⑦".isdigit(), "⑦".isdecimal(), "７".isdecimal(), "²".isdigit(), "𝟘".isdigit())
print("abc".center(6, "-"), "abc".center(7, "-"), "ab".center(5, "*"), "a".ljust(3, "é") + "|")
print("CAFÉ".casefold() == "café", "MASSE".casefold() == "Maße".casefold())
try:
    print("%(x)s" % (1,))
except TypeError as e:
    print("TypeError:", e)
