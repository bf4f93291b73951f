# Bearings and slopes for a map widget: atan/asin/acos/atan2 over the whole domain, edge values included.
import math
vals = [i / 37 - 1.3 for i in range(100)] + [10 ** (k / 3) for k in range(-20, 25)] + [-1e300, 1e300, 0.0, -0.0, 1.0, -1.0, float("inf"), float("-inf")]
for v in vals:
    out = [math.atan(v)]
    for f in (math.asin, math.acos):
        try:
            out.append(f(v))
        except ValueError as e:
            out.append(str(e))
    print(v, out)
pts = [(1.0, 2.0), (-1.0, 2.0), (1.0, -2.0), (-1.0, -2.0), (0.0, -1.0), (-0.0, -1.0), (0.0, 1.0), (3.5, 0.0), (-3.5, -0.0), (float("inf"), 1.0), (1.0, float("-inf")), (1e-300, 1e300), (2.0, 1e-10)]
for i in range(40):
    pts.append(((i * 7919) % 101 - 50.5, (i * 104729) % 97 - 48.25))
for y, x in pts:
    print(y, x, math.atan2(y, x))
pts = [(3, 4), (1, 1), (0.1, 0.2), (1e200, 1e200), (1e-200, 3e-200), (5.5, -2.25, 7.0), (0, 0), (-0.0, 0.0), (float("inf"), float("nan")), (1e308, 1e308)]
for i in range(300):
    pts.append(((i * 7919) % 1013 / 7.3 - 60, (i * 104729) % 997 / 3.1 - 100))
for p in pts:
    print(p, math.hypot(*p))
print(math.hypot(), math.hypot(-3.5))
