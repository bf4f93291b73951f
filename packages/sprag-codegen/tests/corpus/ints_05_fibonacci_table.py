def fibs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out


table = fibs(121)
for i in (10, 50, 78, 79, 80, 100, 120):
    print(f"F({i}) = {table[i]}")
print("even sum below 4e18:", sum(x for x in table if x % 2 == 0 and x < 4 * 10**18))
print("ratio:", table[120] / table[119])
print("mod 1e9+7:", [x % (10**9 + 7) for x in table[90:96]])
print("last digits:", [x % 10 for x in table[110:121]])
print("cassini:", table[100] ** 2 - table[99] * table[101])
print("lengths:", [len(str(x)) for x in table[::20]])
