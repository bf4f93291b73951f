def make_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


TABLE = make_table()


def crc32(text):
    crc = 0xFFFFFFFF
    for ch in text:
        crc = TABLE[(crc ^ ord(ch)) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


for s in ["", "a", "hello world", "The quick brown fox jumps over the lazy dog", "sprag" * 20]:
    c = crc32(s)
    print(f"{c:08x} {c:>10} {len(s)}")
print(TABLE[1], TABLE[255], hex(TABLE[128]))
combined = (crc32("left") << 32) | crc32("right")
print(combined, hex(combined), combined >> 32 == crc32("left"), combined & 0xFFFFFFFF == crc32("right"))
