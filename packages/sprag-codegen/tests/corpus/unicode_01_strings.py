# Unicode strings: len, slicing, upper and repr of non-ASCII text.
s = "naïve café"
print(s, len(s), s.upper(), s[:5])
print(repr("€100"), "€100".find("1"))
greek = "αβγ"
print(greek[::-1], greek.upper(), [c for c in greek])
print("ß" == "ß", "é" < "z")
print("{:>6}|".format("né"))
print(f"{'ü':*^5}")
