# zfill, center, ljust, rjust.
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "mid".center(9) + "]")
print("[" + "mid".center(8, "*") + "]")
print("[" + "ab".center(5) + "]")
print("[" + "left".ljust(8, ".") + "]")
print("[" + "right".rjust(8) + "]")
print("[" + "long text".rjust(3) + "]")
