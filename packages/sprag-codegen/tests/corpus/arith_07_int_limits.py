# Large integers within +-2**53 stay exact.
big = 2 ** 53
print(big)
print(big - 1)
print(-(2 ** 53))
print(10 ** 15 + 1)
print(str(10 ** 15))
print(123456789 * 1000)
print(9007199254740991 // 10)
print(9007199254740991 % 1000)
print(2 ** 52 + 0.5)
