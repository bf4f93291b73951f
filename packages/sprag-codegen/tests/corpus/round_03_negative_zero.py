# Negative zero: floats keep the sign, ints never have one.
print(-0.0, 0.0 * -1, -0.0 + 0.0)
print(round(-0.4), round(-0.4, 0), round(-0.5))
print(int(-0.5), int(-0.0))
print(0 * -1, -0, 0 // -3)
print(-0.0 // 1, -1e-20 // 1)
print(f"{-0.0}", f"{-0.0:.1f}", str(-0.0))
print(abs(-0.0), -0.0 == 0.0)
print(-1 * 0.0)
