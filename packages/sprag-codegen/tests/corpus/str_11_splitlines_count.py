# splitlines (with and without keepends) and count.
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "x\n".splitlines())
print("banana".count("a"), "banana".count("an"), "banana".count("x"))
print("aaaa".count("aa"))
print("banana".count("a", 2))
print("abc".count(""))
