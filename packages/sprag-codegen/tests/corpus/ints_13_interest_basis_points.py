# Interest with integer cents and basis points; banker's rounding done by hand.
def round_half_even(num: int, den: int) -> int:
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


principal = 2_500_000_000_000_000_00  # cents
rate_bp = 425  # 4.25 % a year
balance = principal
for year in range(1, 11):
    interest = round_half_even(balance * rate_bp, 10_000)
    balance += interest
    print(f"year {year:2}: interest {interest:>22,} balance {balance:>24,}")
print("growth factor:", balance / principal)
print("exact ratio numerator:", balance * 10**6 // principal)
monthly = round_half_even(balance, 120)
print("monthly:", monthly, "check:", monthly * 120 - balance)
print([round_half_even(n, 2) for n in (1, 3, 5, 7, -1, -3)], round(2.5), round(3.5), round(-2.5))
