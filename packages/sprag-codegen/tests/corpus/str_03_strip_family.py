# strip, lstrip, rstrip with and without characters.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"))
print("abcHELLOcba".strip("abc"))
print("www.example.com".lstrip("w."))
print("file.txt...".rstrip("."))
print(repr("".strip()))
print("  a b  ".strip().split(" "))
