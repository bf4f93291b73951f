# int-typed & | ^ << >> across the int32/uint32 fast paths, 2**53 and BigInts.
def bits(a: int, b: int):
    out = [a & b, a | b, a ^ b]
    if 0 <= b < 300:
        out += [a << b, a >> b]
    return out
vals = [0, 1, -1, 5, -5, 2**31 - 1, -2**31, 2**31, 2**32 - 1, 2**32, -2**32, 2**53 - 1, 2**53, -2**60, 2**64 + 3, 31, 32, 33, 63, 64]
for a in vals:
    print([bits(a, b) for b in vals])
for a, b in [(1, -1), (True, 3)]:
    try:
        print(a << b)
    except ValueError as e:
        print(e)
