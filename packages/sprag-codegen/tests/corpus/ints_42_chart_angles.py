# Pie-chart and gauge geometry: sin/cos/tan of angles, printed with repr (every digit shows).
import math

slices = [("rent", 1450.0), ("food", 620.5), ("transport", 210.25), ("fun", 95.0), ("savings", 800.0)]
total = math.fsum(v for _, v in slices)
angle = 0.0
cx, cy, radius = 160.0, 120.0, 100.0
for name, value in slices:
    sweep = 2 * math.pi * value / total
    mid = angle + sweep / 2
    x = cx + radius * math.cos(mid)
    y = cy + radius * math.sin(mid)
    print(f"{name:10} {math.degrees(sweep)!r:>22} label at ({x!r}, {y!r})")
    angle += sweep
for deg in (0, 1, 15, 30, 45, 60, 89, 90, 135, 180, 270, 359, 720, -45, 1e5):
    rad = math.radians(deg)
    print(deg, math.sin(rad), math.cos(rad), math.tan(rad) if deg % 180 != 90 else "inf")
for bad in (float("inf"), float("-inf")):
    try:
        math.sin(bad)
    except ValueError as e:
        print("ValueError:", e)
print(math.sin(0.0), math.sin(-0.0), math.cos(-0.0), math.tan(-0.0))
