# partition and rpartition always return a 3-tuple.
print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
head, sep, tail = "a:b".partition(":")
print(head, sep, tail)
