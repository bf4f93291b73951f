# Builtins raise TypeError for wrong argument types or unexpected keywords.
try:
    getattr("abc", 1)
except TypeError:
    print("getattr: TypeError")
try:
    print(len(obj=[1]))
except TypeError:
    print("len keyword: TypeError")
try:
    print(abs("x"))
except TypeError:
    print("abs str: TypeError")
try:
    print(round("1.5"))
except TypeError:
    print("round str: TypeError")
print(getattr("abc", "upper")())
