from dataclasses import dataclass, field

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)

    def add(self, v):
        child = Node(v, parent=self)
        self.children.append(child)
        return child

root = Node(1)
root.add(2).add(3)
root.add(4)
print(root)
print(root == Node(1, [Node(2, [Node(3)]), Node(4)]))
print(root.children[0].children[0].parent.value)

@dataclass(eq=False)
class Handle:
    name: str
h1, h2 = Handle("a"), Handle("a")
print(h1 == h2, h1 == h1, len({h1, h2}))

@dataclass(frozen=True)
class Key:
    a: int
    b: tuple = ()
k = Key(1, (2, 3))
print(k, hash(k) == hash(Key(1, (2, 3))), {k: "v"}[Key(1, (2, 3))])
try:
    del k.a
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())

@dataclass(repr=False)
class NoRepr:
    x: int = 0
print(str(NoRepr()).startswith("<"), NoRepr(5).x)

@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False, default=7)
    c: list = field(init=False, default_factory=lambda: ["x"])
w = WithInitFalse(1)
print(w)
try:
    WithInitFalse(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass(order=True)
class Ver:
    major: int
    minor: int
try:
    Ver(1, 2) < (1, 3)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ver(2, 0), Ver(1, 5), Ver(1, 10)]))
