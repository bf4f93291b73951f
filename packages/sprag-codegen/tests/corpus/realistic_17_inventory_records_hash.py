class Sku:
    __slots_doc__ = "a stock keeping unit: equal by code, case-insensitively"

    def __init__(self, code, name):
        self.code = code
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Sku) and self.code.casefold() == other.code.casefold()

    def __hash__(self):
        return hash(self.code.casefold())

    def __repr__(self):
        return f"Sku({self.code!r})"


class Location:
    def __init__(self, aisle, shelf):
        self.aisle, self.shelf = aisle, shelf

    def __eq__(self, other):
        return (self.aisle, self.shelf) == (other.aisle, other.shelf)


stock = {}
for code, name, qty in [("AB-1", "bolt", 10), ("ab-1", "bolt", 5), ("CD-2", "nut", 7), ("Cd-2", "nut", 1)]:
    sku = Sku(code, name)
    stock[sku] = stock.get(sku, 0) + qty
print(stock)
print(Sku("ab-1", "?") in stock, stock[Sku("CD-2", "")])
seen = set()
for code in ["x", "X", "y", "x"]:
    seen.add(Sku(code, ""))
print(len(seen))
try:
    places = {Location(1, 2): "bolts"}
except TypeError as e:
    print("TypeError:", e)
print(Location(1, 2) == Location(1, 2), Location(1, 2) != Location(2, 2))
pairs = {(Sku("a", ""), 1): "first", (Sku("A", ""), 1): "second"}
print(pairs)
