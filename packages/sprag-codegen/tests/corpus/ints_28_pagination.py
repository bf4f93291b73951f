def pages(total: int, per_page: int) -> int:
    return -(-total // per_page)


def window(page: int, per_page: int):
    start = (page - 1) * per_page
    return start, start + per_page - 1


totals = [0, 1, 99, 100, 101, 2**53 + 1, 10**21]
for t in totals:
    print(t, pages(t, 100), pages(t, 7), t // 100, t % 100)
last = pages(10**21, 25)
print(last, window(last, 25), window(1, 25))
cursor = 10**19
for step in range(4):
    cursor += 500
    print("cursor", cursor, hex(cursor), str(cursor))
print(f"{pages(10**21, 3):,}", f"{10**21 // 3:_}")
