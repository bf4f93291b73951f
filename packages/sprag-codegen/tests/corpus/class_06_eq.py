# __eq__ defines == (and != by default), also used by `in` and list.index.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.currency == other.currency

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


a = Money(5, "EUR")
b = Money(5, "EUR")
c = Money(5, "USD")
print(a == b, a != b, a == c, a != c)
print(a == 5, a != "x")
wallet = [c, b]
print(a in wallet, wallet.index(a))
print([a, c] == [b, c])
print(wallet.count(Money(5, "USD")))


class Plain:
    pass


x = Plain()
print(x == x, x == Plain())
