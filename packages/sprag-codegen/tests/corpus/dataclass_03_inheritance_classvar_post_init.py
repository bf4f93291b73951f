from dataclasses import dataclass, field, FrozenInstanceError
from typing import ClassVar

@dataclass(frozen=True)
class Temp:
    celsius: float
    def __post_init__(self):
        try:
            self.celsius = round(self.celsius, 1)
        except FrozenInstanceError as e:
            print("post_init:", e)

print(Temp(21.456))

@dataclass
class Base:
    kind: ClassVar[str] = "base"
    name: str
    tags: list = field(default_factory=list)

@dataclass
class Child(Base):
    kind: ClassVar[str] = "child"
    name: str = "anon"
    level: int = 1

print(Base("b"), Child(), Child("c", ["t"], 3), Child.kind, Base.kind)
print(Child("x") == Child("x"), Child("x") == Base("x"))

@dataclass
class Outer:
    inner: Base
    items: tuple = ()
print(Outer(Base("i", ["a"]), (1, 2)))
