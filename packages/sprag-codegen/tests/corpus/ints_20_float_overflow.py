import math

checks = [
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("10 ** 400.0", lambda: 10 ** 400.0),
    ("2.0 ** 1023", lambda: 2.0 ** 1023),
    ("2.0 ** -1080", lambda: 2.0 ** -1080),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 + 0.5", lambda: 10 ** 400 + 0.5),
    ("10 ** 400 / 10 ** 399", lambda: 10 ** 400 / 10 ** 399),
    ("1 / 10 ** 400", lambda: 1 / 10 ** 400),
    ("10 ** 400 / 3", lambda: 10 ** 400 / 3),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("math.exp(-1000)", lambda: math.exp(-1000)),
    ("math.pow(10, 400)", lambda: math.pow(10, 400)),
    ("math.sqrt(10 ** 400)", lambda: math.sqrt(10 ** 400)),
    ("math.log(10 ** 400)", lambda: math.log(10 ** 400)),
    ("int(1e308) % 1000", lambda: int(1e308) % 1000),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1", lambda: 0 ** -1),
    ("(-8) ** 2", lambda: (-8) ** 2),
    ("1.05 ** 30", lambda: 1.05 ** 30),
    ("1.1 ** -7", lambda: 1.1 ** -7),
    ("2 ** 0.5", lambda: 2 ** 0.5),
    ("round(1e300)", lambda: round(1e300) % 10**6),
]
for label, fn in checks:
    try:
        print(f"{label:22} {fn()!r}")
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(f"{label:22} {type(e).__name__}: {e}")
