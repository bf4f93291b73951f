def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    moved = s[4:] + s[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


def check_digits(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{98 - int(digits) % 97:02d}"


for iban in ["GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606", "XX00"]:
    print(f"{iban:<36} {iban_valid(iban)}")
print(check_digits("DE", "370400440532013000"), check_digits("GB", "WEST12345698765432"))
n = int("3214282912345698765432161182")
print(n, n % 97, n // 97 % 1000, divmod(n, 10**14))
