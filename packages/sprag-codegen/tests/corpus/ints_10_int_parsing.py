inputs = ["42", "  -17 ", "+8", "1_000_000", "007", "0x1F", "0o17", "0b1011", "123456789012345678901234567890",
          "-99999999999999999999", "12a", "", "1__0", "_1", "٣٤٥", "9" * 25]
for text in inputs:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("zz", 36), ("1010", 2), ("09", 0),
                   ("0", 0), ("00", 0), ("0_0", 0), ("10", 1), ("10", 37), ("12", 3), ("ffffffffffffffffffff", 16)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(3.99), int(-3.99), int(1e20), int(-1.5e19), int(True), int("  12  "))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
