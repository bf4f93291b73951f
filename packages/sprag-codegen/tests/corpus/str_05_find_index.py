# find/rfind return -1, index raises ValueError.
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"))
print(s.find("zzz"), s.rfind("zzz"))
print(s.find("o", 5, 8))
print(s.index("world"))
print(s.rindex("l"))
try:
    s.index("nope")
except ValueError as e:
    print("ValueError:", e)
print("abc".find(""), "abc".rfind(""))
