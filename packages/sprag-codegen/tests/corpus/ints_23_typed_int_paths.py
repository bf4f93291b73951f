# Annotated ints take the typed fast path: exact across 2**53 and mixed with floats.
def ops(a: int, b: int) -> str:
    parts = [a + b, a - b, a * b, -a, abs(a), max(a, b), min(a, b, 0), a == b, a != b, a < b, a >= b]
    if b != 0:
        parts += [a // b, a % b, a / b, divmod(a, b)]
    if 0 <= b < 70:
        parts.append(a ** b)
    parts.append(float(a) if abs(a) < 10**300 else "huge")
    parts.append(a == float(a) if abs(a) < 10**300 else "huge")
    x: float = 2.5
    parts += [a * x, a + x, a - x, a / x, a == x, a < x, x <= a]
    return repr(parts)

vals = [0, 1, -1, 3, -7, 2**52 + 1, 2**53 - 1, 2**53, -2**53 + 1, -2**53, 2**63, -2**63, 10**20, 12345678901234567890123]
for a in vals:
    for b in vals:
        print(ops(a, b))

def acc(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i * i * 1000003
    return total

print(acc(2000), acc(100000))
k = 2**60
k -= 1
k += 2
k *= 3
k //= 7
k %= 10**15
print(k, -k, k - 2**62)
big: int = 2**53 - 10
for step in range(20):
    big += 1
print(big, big - 2**53, big > 2**53, big == 2**53 + 10)
