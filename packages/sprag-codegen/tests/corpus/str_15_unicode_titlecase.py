# title() and capitalize() use Unicode titlecase, which differs from uppercase for some letters.
print("ß".upper(), "ß".title(), "ß".capitalize())
print("straße".title(), "straße".capitalize())
print("ǆemal".title(), "ǆ".upper(), "ǆ".capitalize())
print("ﬁne".upper(), "ﬁne".title())
print("ǅ".istitle(), "ǅemal".istitle(), "Ǆemal".istitle())
