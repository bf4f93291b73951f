import math


def iroot(n: int, k: int) -> int:
    lo, hi = 0, 1
    while hi ** k <= n:
        hi *= 2
    while lo < hi - 1:
        mid = (lo + hi) // 2
        if mid ** k <= n:
            lo = mid
        else:
            hi = mid
    return lo


for n in [0, 1, 15, 16, 17, 2**52, 2**53 + 1, 10**30, 10**30 - 1, 2**127 - 1]:
    r = math.isqrt(n)
    print(n, r, r * r == n, iroot(n, 3), iroot(n, 5))
squares = [k for k in range(10**15, 10**15 + 200000, 7919) if math.isqrt(k) ** 2 == k]
print(squares)
print(math.isqrt(True), math.sqrt(2**60), math.sqrt(10**30) == 10**15)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
