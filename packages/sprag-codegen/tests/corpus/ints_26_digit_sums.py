import math

n = 2**1000
print(len(str(n)), sum(int(d) for d in str(n)), str(n)[:20], str(n)[-20:])
f = math.factorial(100)
print(sum(map(int, str(f))), str(f).count("0"), len(str(f)))
print(sum(int(c) for c in str(3**500)), 3**500 % 1000)
digits = [int(c) for c in str(7**77)]
print(digits[:10], max(digits), min(digits), len(digits))
rev = int(str(2**100)[::-1])
print(rev, rev % 9 == 2**100 % 9)
palin = [k for k in range(10, 200) if str(k * k * k) == str(k * k * k)[::-1]]
print(palin)
