# Money kept in integer cents: totals beyond 2**53 stay exact.
orders = [
    ("acme", 129_999_999_999_999_99),
    ("globex", 88_000_000_000_000_01),
    ("initech", 5_50),
    ("umbrella", 45_123_456_789_012_34),
]


def fmt_cents(cents):
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"


total = 0
for name, cents in orders:
    total += cents
    print(f"{name:<10}{fmt_cents(cents):>32}")
print("-" * 42)
print(f"{'total':<10}{fmt_cents(total):>32}")
print("exact:", total, total > 2**53, total % 100)
refund = -(total // 3)
print("refund a third:", fmt_cents(refund), "remainder", total % 3)
fee_bp = 275  # basis points
fee = total * fee_bp // 10_000
print("fee:", fmt_cents(fee), "net:", fmt_cents(total - fee))
shares = [total * w // 100 for w in (50, 30, 20)]
print("shares:", [fmt_cents(s) for s in shares], "lost cents:", total - sum(shares))
