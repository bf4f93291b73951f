def is_probable_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


candidates = [2**61 - 1, 2**61 + 1, 2**89 - 1, 10**18 + 9, 10**18 + 7, 561, 1000000007 * 998244353, 2**127 - 1]
for c in candidates:
    print(c, is_probable_prime(c))
nxt = 10**20
while not is_probable_prime(nxt):
    nxt += 1
print("next prime after 1e20:", nxt, nxt - 10**20)
