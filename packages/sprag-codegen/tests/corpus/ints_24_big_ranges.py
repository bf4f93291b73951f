# range() loops and range objects with bounds past 2**53.
def loops(a: int, b: int, st: int):
    out = []
    for i in range(a, b):
        out.append(i)
    for i in range(a, b, st):
        out.append(i)
    for i in range(b, a, -3):
        out.append(i)
    return out

print(loops(2**53 - 2, 2**53 + 3, 2))
print(loops(-2**53 - 2, -2**53 + 3, 2))
print(loops(0, 5, 2))
def big_steps(n):
    total = 0
    for k in range(0, 10**30, 10**29):
        total += k
    for j in range(n, n + 3):
        total += j
    return total
print(big_steps(10**20), big_steps(5))
r = range(10**20, 10**20 + 10, 3)
print(r, len(r), list(r), r[1], r[-1], 10**20 + 3 in r, 10**20 + 4 in r, 5 in r, list(reversed(r)))
print(list(range(2**64, 2**64 - 3, -1)), sum(range(10**18, 10**18 + 4)))
try:
    range(0, 10**20, 0)
except ValueError as e:
    print(e)
try:
    len(range(10**30))
except OverflowError as e:
    print("OverflowError", e)
for i in range(3, 0, -1):
    print(i, end=" ")
print()
def stepped(a: int, b: int, st: int):
    return [i for i in range(a, b, st)] + [i for i in range(a, b, st) if i == 0]
print(stepped(-2**60, 2**60, 2**59), stepped(2**59, -2**59 - 1, -2**58))
def plain(a: int, b: int, st: int):
    out = []
    for i in range(a, b, st):
        out.append(i == 0)
        out.append(i)
    return out
print(plain(-2**60, 2**60, 2**59))
print([i for i in range(9007199254740990, 9007199254740994)])
for i in range(9007199254740990, 9007199254740994):
    print(i, end=",")
print()
