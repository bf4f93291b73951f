# ord/chr round trips, divmod in loops, and type names.
print([ord(c) for c in "AZaz09"])
print("".join(chr(c) for c in range(97, 102)))
print(chr(ord("a") + 25))
n = 1234
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
