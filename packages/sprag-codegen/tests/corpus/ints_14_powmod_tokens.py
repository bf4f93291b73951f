# A toy RSA and modular arithmetic with three-argument pow().
p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n, phi, d, e * d % phi)
for msg in (42, 123456789, 10**17 + 3):
    c = pow(msg, e, n)
    print(msg, c, pow(c, d, n))
print(pow(2, 10**18, 10**9 + 7), pow(3, 200, 2**61 - 1), pow(-2, 3, 5), pow(2, 3, -5), pow(7, 0, 1))
print(pow(2, 100), pow(2, -3), pow(10, 20), pow(2.5, 2), pow(-8, 3))
for args in [(3, -1, 9), (2, 3, 0), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
token = 0
for i, ch in enumerate("session-7f3a"):
    token = (token * 131 + ord(ch)) % (2**61 - 1)
print("token", token, hex(token))
