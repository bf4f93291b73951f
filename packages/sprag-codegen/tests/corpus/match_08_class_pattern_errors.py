# Positional sub-patterns on a class without __match_args__ raise TypeError.
class Plain:
    def __init__(self, x):
        self.x = x


def probe(o):
    match o:
        case Plain(1, 2):
            return "two positional"
        case _:
            return "no match"


try:
    print(probe(Plain(1)))
except TypeError as e:
    print("TypeError:", e)
print(probe(3))
