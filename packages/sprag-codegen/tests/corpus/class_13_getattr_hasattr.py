# getattr with default, hasattr, and dynamic attribute names.
class User:
    role = "member"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


u = User("ann")
print(getattr(u, "name"), getattr(u, "role"), getattr(u, "age", 0))
print(hasattr(u, "name"), hasattr(u, "age"), hasattr(u, "greet"))
method = getattr(u, "greet")
print(method())
for field in ["name", "role"]:
    print(field, "=", getattr(u, field))
try:
    getattr(u, "missing")
except AttributeError as e:
    print("AttributeError:", e)
