# Float repr edge cases: exponents, long mantissas, rounding in str().
for v in [1e15, 1e16, 1.5e16, 1e-4, 1e-5, 123e-7, 5e-324, 1.7976931348623157e308, 0.1 * 3, 1 / 7, 2 / 3 * 3, 100.0 / 3]:
    print(v, repr(v), str(v))
print(9007199254740993.0)
print(1e100)
print(-1.5e-10)
print(float("1e15") == 10 ** 15)
