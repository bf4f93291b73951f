# repr() of strings picks quotes like Python does.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr(""))
print(["'", '"', "'\""])
print(str("it's"), "it's")
print(repr("a\\b"))
