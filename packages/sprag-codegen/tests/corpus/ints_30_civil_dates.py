# Days since 1970-01-01 <-> civil dates (Howard Hinnant's algorithm), and ns timestamps.
def civil_from_days(z: int):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)


def days_from_civil(y: int, m: int, d: int) -> int:
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


NS_PER_DAY = 86_400 * 10**9
for ns in [0, 1_700_000_000_123_456_789, 4_102_444_800 * 10**9, -1, 253_402_300_799 * 10**9 + 999_999_999]:
    days, rest = divmod(ns, NS_PER_DAY)
    y, m, d = civil_from_days(days)
    secs, nanos = divmod(rest, 10**9)
    print(f"{ns:>24} -> {y:04d}-{m:02d}-{d:02d} +{secs:05d}s {nanos:09d}ns back={days_from_civil(y, m, d) == days}")
print(days_from_civil(2000, 2, 29), civil_from_days(-719468), civil_from_days(2932896))
