# String comparison is lexicographic by code point; `in` finds substrings.
print("apple" < "banana", "Zebra" < "apple", "a" < "aa")
print("abc" == "abc", "abc" != "abd")
print(sorted(["b", "B", "a", "A", "_"]))
print("ell" in "hello", "xyz" in "hello", "" in "abc")
print("h" not in "hello")
print(max("hello"), min("hello"))
print("10" < "9", 10 < 9)
