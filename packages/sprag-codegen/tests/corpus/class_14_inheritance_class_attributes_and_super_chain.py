# super() through three levels, class attributes looked up via the instance's class.
class Base:
    kind = "base"

    def __init__(self):
        self.log = ["Base.__init__"]

    def describe(self):
        return [self.kind]


class Middle(Base):
    kind = "middle"

    def __init__(self):
        super().__init__()
        self.log.append("Middle.__init__")

    def describe(self):
        return super().describe() + ["middle"]


class Leaf(Middle):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
        self.log.append("Leaf.__init__")

    def describe(self):
        return super().describe() + [self.tag]


leaf = Leaf("x")
print(leaf.log)
print(leaf.describe())
print(Leaf.kind, Base().describe(), Middle().describe())
print(isinstance(leaf, Base), isinstance(leaf, Middle))
