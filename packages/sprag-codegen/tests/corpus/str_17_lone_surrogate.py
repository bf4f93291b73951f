# A lone surrogate is a valid one-character str; repr() escapes it.
s = "a\ud800b"
print(len(s), repr(s), ord(s[1]))
print(s[1] == "\ud800", repr(s[::-1]))
