print("%a" % "café", "%a|%r|%s" % ("ü", "ü", "ü"), "%-8a|" % "x")
print("%s" % {"k": 1}, "%s and %s" % ({"a": 1}, [2]), "%(k)s" % {"k": 1})
print("%s" % ({"k": 1},), "%r" % {"k": 1})
print("Straße".casefold(), "ΣΑΣ".casefold(), "ﬁne".casefold(), "İstanbul".casefold(), "Straße".lower())
print("Straße".casefold() == "STRASSE".casefold())
for s in ("一二三", "四十", "½", "Ⅻ", "٣", "3.5", "", "二〇二四", "壱", "百万"):
    print(repr(s), s.isnumeric(), s.isdigit(), s.isdecimal())
print("ab".center(7, "*"), "x".center(4, "é"))
for bad in ("ab", ""):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "x".ljust(5, "--")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".rjust(5, 7)
except TypeError as e:
    print("TypeError:", e)
print(ascii("café ☕"), ascii(["é"]), f"{'é'!a}")
