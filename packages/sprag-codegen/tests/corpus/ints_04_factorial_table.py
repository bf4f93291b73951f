import math

print(f"{'n':>3} {'n!':>36} {'digits':>6} {'zeros':>5}")
for n in range(0, 31, 3):
    f = math.factorial(n)
    s = str(f)
    zeros = len(s) - len(s.rstrip("0"))
    print(f"{n:>3} {f:>36} {len(s):>6} {zeros:>5}")
print(math.factorial(22))
print(math.factorial(25) // math.factorial(23), 25 * 24)
print(sum(int(d) for d in str(math.factorial(100))))
print(math.factorial(20) < 2**63 < math.factorial(21))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(5.0)
except TypeError as e:
    print("TypeError:", e)
