# CPython's set order for small ints follows their hash; hash(-1) is -2.
print({-1, 5, -3})
print({-1, -2})
print({3, -1, 0, 1})
