# Iterating strings, ord and chr.
for ch in "Az9":
    print(ch, ord(ch))
print(chr(65), chr(97), chr(48), chr(8364))
print(ord("\u00e9"), ord("\n"))
shifted = "".join(chr(ord(c) + 1) for c in "HAL")
print(shifted)
print([c for c in "abc"])
print(list(enumerate("xy")))
