class Node:
    def __init__(self, name):
        self.name = name
        if name == "root":
            self.last = None
    def describe(self):
        try:
            return f"{self.name} last={self.last}"
        except AttributeError as e:
            return f"{self.name}: {e}"
class Temp:
    @property
    def celsius(self):
        return 21
for n in (Node("root"), Node("leaf")):
    print(n.describe())
other = "text"
try:
    print(other.last)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Node("x").last)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Temp().celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
items = [1, 2]
try:
    items.name
except AttributeError as e:
    print(e)
print(getattr(Node("q"), "last", "default"))
print(hasattr(Node("root"), "last"), hasattr(Node("x"), "last"))
