# Every arithmetic operator over small, edge (2**53) and big ints, bools and floats.
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**32 - 1, 2**52, 2**53 - 1, 2**53, -2**53, 2**53 + 1, 2**64, -2**64 - 3, 10**30, True, False, 0.5, -2.5, 3.0, 1e20, 1e300]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "==", "divmod"]

def apply(op, a, b):
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a / b
    if op == "//": return a // b
    if op == "%": return a % b
    if op == "**":
        if isinstance(b, int) and b > 200: return "skip"
        if isinstance(a, int) and abs(a) > 2**60 and isinstance(b, int) and b > 20: return "skip"
        # fractional exponents use the engine's pow (documented: may differ in the last digit)
        if isinstance(b, float) and b != int(b): return "frac"
        return a ** b
    if op == "<<":
        if isinstance(b, int) and b > 200: return "skip"
        return a << b
    if op == ">>": return a >> b
    if op == "&": return a & b
    if op == "|": return a | b
    if op == "^": return a ^ b
    if op == "<": return a < b
    if op == "==": return a == b
    if op == "divmod": return divmod(a, b)

for op in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                row.append(repr(apply(op, a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(op, repr(a), " ".join(row))
for a in vals:
    out = []
    for f in (lambda x: -x, lambda x: +x, abs, lambda x: ~x, int, float, str, bool, hash, lambda x: round(x), lambda x: round(x, -2), hex, lambda x: x == int(x) if not isinstance(x, float) or x == x else 0):
        try:
            out.append(repr(f(a)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(" ".join(out))
