# int() and float() accept any Unicode decimal digits, as CPython does.
print(int("١٢٣"), int("٠٧"), float("١.٥"))
print("١٢٣".isdigit(), "١٢٣".isdecimal())
print(int("\u00a012\u3000"), int("\u2003-5"))
