UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]


def human(n: int) -> str:
    i = 0
    value = n
    while value >= 1024 and i < len(UNITS) - 1:
        value, rest = divmod(value, 1024)
        i += 1
    exact = n / (1 << (10 * i))
    return f"{exact:.2f} {UNITS[i]}" if i else f"{n} B"


for size in [0, 1023, 1024, 1536, 10**9, 2**40 + 2**39, 2**53 + 1, 2**70, 2**80 * 3, 10**27]:
    print(f"{size:>30} {human(size):>14} {size >> 30:>20} {size & 1023}")
disk = [2**41, 2**42 + 17, 2**63 - 1, 2**64]
print(sum(disk), human(sum(disk)), max(disk) - min(disk), [s % 4096 for s in disk])
