# Keyword-only parameters after * and after *args.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"


print(connect("a"))
print(connect("b", port=443, secure=True))
print(connect("c", secure=True))


def log(*messages, sep=" ", prefix=">"):
    return prefix + sep.join(messages)


print(log("a", "b"))
print(log("a", "b", sep="-", prefix="#"))


def required_kw(*, name):
    return name.upper()


print(required_kw(name="kw"))
try:
    connect("d", 8080)
except TypeError:
    print("TypeError: port is keyword-only")
