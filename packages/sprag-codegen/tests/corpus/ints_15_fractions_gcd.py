import math


def reduce(num, den):
    if den == 0:
        raise ZeroDivisionError("zero denominator")
    g = math.gcd(num, den)
    num, den = num // g, den // g
    if den < 0:
        num, den = -num, -den
    return num, den


def add(a, b):
    return reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


total = (0, 1)
for k in range(1, 40):
    total = add(total, (1, k))
print("H(39) =", total[0], "/", total[1])
print("as float:", total[0] / total[1])
print(reduce(2**80, 6**40), reduce(-10**30, 4 * 10**20), reduce(7, -21))
print(math.gcd(0, 0), math.gcd(2**64, 2**32 * 3), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.lcm(2**40, 3**20))
print(math.lcm(*range(1, 31)))
try:
    reduce(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.gcd(1.5, 3)
except TypeError as e:
    print("TypeError:", e)
