from dataclasses import dataclass, field, FrozenInstanceError
import dataclasses

@dataclass
class Item:
    name: str
    price_cents: int
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price_cents * self.qty

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    notes: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, init=False)

    def __post_init__(self):
        self.owner = self.owner.title()

    def add(self, item):
        self.items.append(item)
        self.count += item.qty

@dataclasses.dataclass
class Point:
    x: float
    y: float

class Labeled(Point):
    pass

@dataclass
class Point3(Point):
    z: float = 0.0

a = Item("pen", 150)
b = Item("pen", 150)
print(a, a == b, a is b, a.total())
a.tags.append("blue")
print(a, b.tags, Item("ink", 99, 3, ["x"]))
cart = Cart("ada lovelace")
cart.add(a); cart.add(Item("pad", 400, 2))
print(cart, cart.count)
vs = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, "other"), Version(1) < Version(1, 1), max(vs))
print(len({Version(1, 2), Version(1, 2, "x"), Version(2)}))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    vs[0].extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {a}
except TypeError as e:
    print(e)
try:
    Item("x")
except TypeError as e:
    print(e)
print(Point(1.5, 2), Labeled(0, 0), Point3(1, 2), Point3(1, 2, 3) == Point3(1, 2, 3.0))
print(Point(1, 2) == Labeled(1, 2))
match Point(0, 5):
    case Point(0, y):
        print("on the y axis at", y)
