MASK = (1 << 64) - 1


class XorShift64:
    def __init__(self, seed: int):
        self.state = seed & MASK or 1

    def next(self) -> int:
        x = self.state
        x ^= (x << 13) & MASK
        x ^= x >> 7
        x ^= (x << 17) & MASK
        self.state = x
        return x

    def token(self, n: int) -> str:
        alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
        out = ""
        for _ in range(n):
            out += alphabet[self.next() % len(alphabet)]
        return out


rng = XorShift64(88172645463325252)
print([rng.next() for _ in range(4)])
print(rng.token(12), rng.token(8))
rolls = [rng.next() % 6 + 1 for _ in range(30)]
print(rolls, sum(rolls))
print(XorShift64(0).next(), XorShift64(2**70 + 5).state, f"{rng.state:016x}")
floats = [rng.next() / 2**64 for _ in range(3)]
print([f"{v:.6f}" for v in floats], all(0 <= v < 1 for v in floats))
