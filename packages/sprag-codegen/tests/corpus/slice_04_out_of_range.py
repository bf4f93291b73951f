# Out-of-range slice bounds clamp instead of raising.
a = [1, 2, 3]
print(a[1:100])
print(a[-100:2])
print(a[5:])
print(a[100:200])
print(a[-100:-50])
print(a[::-10])
print(a[10::-1])
print("abc"[2:99])
print("abc"[-99:1])
print((1, 2, 3)[5:1:-1])
