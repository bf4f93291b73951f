ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def encode(n: int) -> str:
    if n == 0:
        return ALPHABET[0]
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(ALPHABET[r])
    return "".join(reversed(out))


def decode(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 62 + ALPHABET.index(ch)
    return n


values = [0, 61, 62, 2**53 - 1, 2**53, 2**64 - 1, 2**128 - 1, 340282366920938463463374607431768211455 // 7]
for v in values:
    code = encode(v)
    print(f"{v:>40} -> {code:>22} -> {decode(code) == v}")
short = [encode(v)[:6] for v in values]
print(short, sorted(short))
print(decode("zzzzzzzzzzzzzzzzzzzzzz"), decode("zzzzzzzzzzzzzzzzzzzzzz") > 2**128)
