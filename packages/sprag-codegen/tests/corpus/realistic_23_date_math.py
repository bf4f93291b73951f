DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]


def to_ordinal(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month must be in 1..12, not {m}")
    if not 1 <= d <= days_in(y, m):
        raise ValueError(f"day is out of range for month: {y}-{m:02d}-{d:02d}")
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    n += sum(days_in(y, k) for k in range(1, m))
    return n + d


def from_ordinal(n):
    y = (n - 1) * 400 // 146097 + 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    rest = n - to_ordinal(y, 1, 1) + 1
    m = 1
    while rest > days_in(y, m):
        rest -= days_in(y, m)
        m += 1
    return y, m, rest


def weekday(y, m, d):
    return NAMES[(to_ordinal(y, m, d) + 6) % 7]


for date in [(2024, 2, 29), (2000, 1, 1), (1999, 12, 31), (2023, 7, 4)]:
    n = to_ordinal(*date)
    print("{}-{:02d}-{:02d}".format(*date), n, weekday(*date), from_ordinal(n + 100))
print(to_ordinal(2024, 12, 25) - to_ordinal(2024, 1, 1), [y for y in range(1896, 1912) if is_leap(y)])
for bad in [(2023, 2, 29), (2023, 13, 1)]:
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)
