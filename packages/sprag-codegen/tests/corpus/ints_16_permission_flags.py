FLAGS = {"read": 1 << 0, "write": 1 << 1, "admin": 1 << 8, "billing": 1 << 40, "audit": 1 << 62, "root": 1 << 70}


def grant(mask, *names):
    for name in names:
        mask |= FLAGS[name]
    return mask


def revoke(mask, name):
    return mask & ~FLAGS[name]


def names(mask):
    return [n for n, bit in FLAGS.items() if mask & bit]


user = grant(0, "read", "write")
staff = grant(user, "admin", "billing")
boss = grant(staff, "audit", "root")
for label, mask in [("user", user), ("staff", staff), ("boss", boss), ("demoted", revoke(boss, "root"))]:
    print(f"{label:8} {mask:>24} {bin(mask).count('1')} {names(mask)}")
print(hex(boss), oct(boss), bin(boss)[:12], boss >> 62, (boss >> 40) & 1, boss ^ staff)
print(~0, ~boss, -boss >> 3, (-boss) & 0xFF, boss & -boss, -1 << 65, 1 << 0)
print(boss & (1 << 70) != 0, bool(staff & FLAGS["root"]), staff < boss < 2**71)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError:", e)
