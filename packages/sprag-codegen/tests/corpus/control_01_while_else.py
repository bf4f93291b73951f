# while/else: else runs when the loop ends without break.
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "divisible by", d)
            break
        d += 1
    else:
        print(n, "is prime")


for n in [15, 17, 49, 2]:
    find_divisor(n)
i = 0
while i < 0:
    i += 1
else:
    print("else ran for an empty while")
