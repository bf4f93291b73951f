# **kwargs collects extra keyword arguments into a dict, in call order.
def tag(name, **attrs):
    parts = [name]
    for key, value in attrs.items():
        parts.append(f'{key}="{value}"')
    return "<" + " ".join(parts) + ">"


print(tag("br"))
print(tag("a", href="/x", title="t"))
print(tag("img", src="p.png", alt="", width=10))


def show(**kw):
    return kw


print(show())
print(show(b=2, a=1))
opts = {"z": 26, "y": 25}
print(show(**opts, x=24))


def everything(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)


print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9, f=10))
