# An infinite generator stopped by break; its state survives between loops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


for n in naturals():
    if n * n > 50:
        break
print("first square over 50 from", n)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for value in fib():
    if value > 100:
        break
    out.append(value)
print(out)
gen = naturals()
first = []
for v in gen:
    first.append(v)
    if v == 2:
        break
for v in gen:
    first.append(v)
    if v == 5:
        break
print(first)
