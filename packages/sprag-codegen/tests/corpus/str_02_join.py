# str.join over lists, tuples, generators and strings.
print(", ".join(["a", "b", "c"]))
print("".join(("x", "y")))
print("-".join("abc"))
print("|".join(str(n) for n in range(4)))
print(" ".join([]))
print("\n".join(["l1", "l2"]))
words = ["b", "a"]
print(" + ".join(sorted(words)))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError for non-str items")
