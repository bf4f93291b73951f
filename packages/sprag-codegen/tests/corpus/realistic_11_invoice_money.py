from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __mul__(self, qty):
        return Money(self.cents * qty, self.currency)

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, frac = divmod(abs(self.cents), 100)
        return f"{sign}{whole:,}.{frac:02d} {self.currency}"


@dataclass
class Line:
    sku: str
    unit: Money
    qty: int = 1

    @property
    def total(self):
        return self.unit * self.qty


@dataclass
class Invoice:
    number: str
    lines: list = field(default_factory=list)
    discounts: dict = field(default_factory=dict)

    def add(self, sku, cents, qty=1):
        self.lines.append(Line(sku, Money(cents), qty))
        return self

    def subtotal(self):
        total = Money(0)
        for line in self.lines:
            total = total + line.total
        return total

    def total(self):
        sub = self.subtotal()
        pct = sum(self.discounts.values())
        return Money(sub.cents - round(sub.cents * pct / 100))


inv = Invoice("INV-0042").add("pen", 199, 3).add("paper", 1250).add("ink", 2599, 2)
inv.discounts["loyal"] = 5
inv.discounts["spring"] = 2.5
for line in sorted(inv.lines, key=lambda l: l.total, reverse=True):
    print(f"{line.sku:<8}{line.qty:>3} x {str(line.unit):>12} = {str(line.total):>12}")
print(f"{'subtotal':<26}{str(inv.subtotal()):>12}")
print(f"{'total':<26}{str(inv.total()):>12}")
print(Money(1) < Money(2), Money(5, "USD") == Money(5, "USD"), len({Money(1), Money(1), Money(2)}))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("error:", e)
try:
    Money(1) + 5
except TypeError as e:
    print("error:", e)
print(repr(Money(-123456)), str(Money(-123456)))
