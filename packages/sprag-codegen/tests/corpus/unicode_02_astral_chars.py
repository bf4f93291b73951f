# Characters outside the BMP count as one character in Python.
s = "a\U0001F600b"
print(len(s))
print(s[1] == "\U0001F600", s[2])
print(s[::-1] == "b\U0001F600a")
print(ord(s[1]))
