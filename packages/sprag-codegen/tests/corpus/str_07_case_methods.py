# upper, lower, title, capitalize, swapcase.
s = "hello WORLD of python"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("they're bill's".title())
print("ÉCOLE".lower(), "straße".upper())
print("x1y2".upper())
