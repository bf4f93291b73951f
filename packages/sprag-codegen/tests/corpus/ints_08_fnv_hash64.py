MASK64 = (1 << 64) - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def fnv1a(text):
    h = FNV_OFFSET
    for ch in text:
        h ^= ord(ch)
        h = (h * FNV_PRIME) & MASK64
    return h


keys = ["user:1", "user:2", "cart:42", "session:ab12", ""]
for k in keys:
    h = fnv1a(k)
    print(f"{k!r:16} {h:20d} {h:016x} bucket={h % 16} signed={h - (1 << 64) if h >> 63 else h}")
ring = sorted((fnv1a(f"node-{i}"), f"node-{i}") for i in range(4))
print([name for _, name in ring])


def owner(key):
    h = fnv1a(key)
    for point, name in ring:
        if h <= point:
            return name
    return ring[0][1]


print({k: owner(k) for k in keys})
