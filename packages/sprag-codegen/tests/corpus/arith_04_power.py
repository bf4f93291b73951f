# ** with ints stays int; a negative exponent gives a float.
print(2 ** 10)
print(2 ** -1)
print(2 ** -2)
print(10 ** -3)
print((-2) ** 3, (-2) ** 2)
print(-2 ** 2)
print(2 ** 0.5)
print(4 ** 0.5)
print(0 ** 0)
print(2.0 ** 3)
print(2 ** 3 ** 2)
print(10 ** 15)
print(3 ** 4)
x = 3
x **= 3
print(x)
