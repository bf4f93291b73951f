# Float pow/exp/log as UI code uses them: growth over fractional years, decibels, decay, means.
import math

principal = 12_500.0
for days in (30, 91, 182, 365, 400, 1000):
    years = days / 365
    print(f"{days:5} days: {principal * 1.0425 ** years!r} {principal * math.exp(0.0425 * years)!r}")
for power in (1e-12, 3.2e-9, 0.5, 1.0, 2.0, 1234.5):
    print(f"{power:>10} W -> {10 * math.log10(power / 1e-12):.6f} dB {math.log10(power)!r}")
half_life = 5730.0
for t in (100, 1000, 5730, 20000):
    print(t, math.exp(-math.log(2) * t / half_life), 0.5 ** (t / half_life))
values = [3.0, 7.5, 12.25, 0.4, 99.0]
prod = math.prod(values)
print("geometric mean:", prod ** (1 / len(values)), math.exp(math.fsum(math.log(v) for v in values) / len(values)))
for n in (1, 1000, 2**20, 10**6, 2**53, 10**30):
    print(n, math.log2(n), math.log(n), math.log10(n), math.log(n, 16), n ** 0.25, n ** 1.5 if n < 10**200 else 0)
print(2.0 ** 0.5, 8 ** (1 / 3), 1000 ** (1 / 3), 10 ** 2.5, 2 ** -0.5, 1.1 ** 7.3)
