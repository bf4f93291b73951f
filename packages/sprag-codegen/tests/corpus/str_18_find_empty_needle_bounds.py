# Searching for "" past the end of the string finds nothing.
s = "abc"
print(s.find("", 5), s.rfind("", 5), s.find("", 3), s.find("", -1))
print(s.count("", 5), s.count("", 2), "" in s)
print(s.startswith("", 5), s.endswith("", 4), s.startswith("", 3))
try:
    s.index("", 4)
except ValueError as e:
    print("ValueError:", e)
