# The examples from the issue: big ints, fsum, overflow, pow, hash, int() errors, ascii.
import math
print(2**53 + 1, 10**18 + 1, 2**100 // 3)
xs = [10**20, 3, -2**70, 2**53, 2**53 - 1, 7.5]
print(sorted(xs), max(xs), min(xs))
print(math.factorial(22), math.factorial(5))
print(int("123456789012345678901234567890"), int("-0x1fffffffffffffffff", 16))
print(str(2**64), repr(-2**64), f"{2**64:,}", f"{2**70:x}", format(2**64, ">30"))
a = 2**64 + 7
print(a // 10, a % 10, divmod(a, -10), -a // 10, -a % 10, a ** 2, a << 3, a >> 3, a & 0xFFFF, a | 1, a ^ a, ~a)
print(a / 3, a * 1.5, a + 0.5, a == float(a), 2**53 + 1 == 2.0**53, 10**20 == 1e20, 10**20 < 1e20 + 1)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(pow(2, 100), pow(2, 100, 97), pow(3, -1, 7), pow(2, -2), pow(10**20, 3, 10**9 + 7))
print(hash(10**20), hash(-1), hash(1.5), hash(2.0), hash(-10**20), hash(True))
try:
    int("09", 0)
except ValueError as e:
    print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
print(ascii("café ☕ 😀"), int("0x10", 0), int("010", 8))
def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(90) - fib(89))
n: int = 2**62
print(n + n, n * 3, -n, abs(-n), max(n, 5), min(n, 5), n == 2**62, n // 7, n % 7, float(n))
t = 0
for i in range(1, 30):
    t = t * 10 + i
print(t, t % 1000000007, t > 10**40)
print({10**20: "big", 1: "one"}[10**20], 10**20 in {10**20}, {2**64, 1, 2**61, 2**61 - 1, -5})
print(round(10**20 + 5, -1), round(123456789123456789, -5), round(2.5), round(1e20), math.floor(1e20), math.ceil(-1e20), int(1e20), math.isqrt(10**30 + 5), math.gcd(2**80, 6**40), math.comb(100, 50), math.perm(30, 20))
print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.sqrt(10**30))
print("%d %x %5.2f %s" % (10**20, 2**70, 10**20, 10**25))
print(10**20 / 10**19, 1 / 3, (2**1000) / (2**999), 7 // 2, -7 // 2, 7 % -3, 2**-1, 10**-5)
print(type(10**20).__name__, isinstance(10**20, int), bool(10**20), 10**20 and 5, not 10**20)
