def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_digit(payload: str) -> int:
    for d in range(10):
        if luhn_ok(payload + str(d)):
            return d
    return -1


cards = ["4539 1488 0343 6467", "4539 1488 0343 6468", "6011 0009 9013 9424", "3782 822463 10005", "1234567890123456789"]
for card in cards:
    as_int = int(card.replace(" ", ""))
    print(f"{card:<24} {as_int:>20} {luhn_ok(card)!s:>5} {as_int % 97:>3} {as_int > 2**53}")
print(check_digit("7992739871"), check_digit("453914880343646"))
big = int("9" * 19)
print(big, big + 1, (big + 1) // 10**18, str(big + 1).count("0"))
