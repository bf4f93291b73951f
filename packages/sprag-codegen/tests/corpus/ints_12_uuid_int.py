samples = ["123e4567-e89b-12d3-a456-426614174000", "f47ac10b-58cc-4372-a567-0e02b2c3d479", "00000000-0000-0000-0000-000000000001"]


def parse(u: str) -> int:
    return int(u.replace("-", ""), 16)


def fmt(n: int) -> str:
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


for s in samples:
    n = parse(s)
    version = (n >> 76) & 0xF
    variant = (n >> 62) & 0x3
    print(n, fmt(n) == s, version, variant, isinstance(n, int), hex(n)[:12])
ns = [parse(s) for s in samples]
print(sorted(ns)[0], max(ns) - min(ns), sum(ns) % 1000003)
time_low = ns[0] >> 96
print(time_low, f"{time_low:#x}", f"{ns[1]:_x}", f"{ns[2]:#034b}"[:12])
