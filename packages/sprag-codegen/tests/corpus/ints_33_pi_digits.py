# Machin's formula with scaled big ints: pi to 60 digits.
def arctan_inv(x: int, scale: int) -> int:
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


digits = 60
scale = 10 ** (digits + 10)
pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
pi //= 10**10
text = str(pi)
print(text[0] + "." + text[1:])
print(pi % 10**10, len(text), pi > 3 * 10**digits)
e_scaled = 0
fact = 1
for k in range(45):
    if k:
        fact *= k
    e_scaled += 10**50 // fact
print(e_scaled)
