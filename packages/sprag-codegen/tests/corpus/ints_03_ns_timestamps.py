# Timestamps in nanoseconds since the epoch (past 2**53): durations and display.
NS = 1_000_000_000
events = [
    ("request", 1_700_000_000_123_456_789),
    ("db", 1_700_000_000_125_001_000),
    ("render", 1_700_000_000_190_250_999),
    ("done", 1_700_000_003_000_000_001),
]


def clock(ns):
    secs, frac = divmod(ns, NS)
    days, secs = divmod(secs, 86400)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"day {days} {h:02d}:{m:02d}:{s:02d}.{frac:09d}"


start = events[0][1]
prev = start
for name, t in events:
    print(f"{name:8} {clock(t)}  +{(t - prev) / 1e6:.3f} ms  total {(t - start) // 1000} us")
    prev = t
span = events[-1][1] - start
print("span ns:", span, "seconds:", span / NS, "exact s:", span // NS, "rem:", span % NS)
print("mean gap:", span // (len(events) - 1), "float:", span / (len(events) - 1))
print("ms since epoch:", start // 1_000_000, "as float seconds:", start / NS)
print(start == 1.700000000123456789e18, start < 1.7000000001234568e18, int(1.7e18) == 1_700_000_000_000_000_000)
