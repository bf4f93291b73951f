UNITS = {"b": 1, "kb": 1024, "mb": 1024 ** 2, "gb": 1024 ** 3, "tb": 1024 ** 4}


def parse_size(text):
    s = text.strip().lower().replace(" ", "")
    if not s:
        raise ValueError("empty size")
    i = len(s)
    while i > 0 and s[i - 1].isalpha():
        i -= 1
    number, unit = s[:i], s[i:] or "b"
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} in {text!r}")
    try:
        value = float(number)
    except ValueError:
        raise ValueError(f"not a number: {number!r}") from None
    return round(value * UNITS[unit])


def human(n):
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024


for text in ["512", "1.5 KB", "20mb", " 3 GB ", "2tb", "7 PB", "abc kb", "", "0.25gb"]:
    try:
        n = parse_size(text)
        print(f"{text!r:>10} -> {n:>16,} bytes = {human(n)}")
    except ValueError as e:
        print(f"{text!r:>10} -> error: {e} (cause={e.__cause__}, suppressed={e.__suppress_context__})")
sizes = sorted([parse_size(t) for t in ["1kb", "1000", "1mb", "999kb"]])
print(sizes, human(sum(sizes)))
