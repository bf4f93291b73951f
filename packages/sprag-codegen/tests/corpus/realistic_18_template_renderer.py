import math


class Template:
    def __init__(self, text):
        self.parts = []
        i = 0
        while i < len(text):
            start = text.find("{{", i)
            if start < 0:
                self.parts.append(("text", text[i:]))
                break
            end = text.find("}}", start)
            if end < 0:
                raise SyntaxError(f"unclosed tag at {start}")
            if start > i:
                self.parts.append(("text", text[i:start]))
            expr = text[start + 2:end].strip()
            name, _, fmt = expr.partition("|")
            self.parts.append(("var", (name.strip(), fmt.strip())))
            i = end + 2

    def render(self, ctx):
        out = []
        for kind, value in self.parts:
            if kind == "text":
                out.append(value)
                continue
            name, fmt = value
            v = ctx
            for key in name.split("."):
                v = v[key] if isinstance(v, dict) else getattr(v, key)
            if fmt == "upper":
                v = str(v).upper()
            elif fmt == "money":
                v = f"${v:,.2f}"
            elif fmt == "pct":
                v = f"{v:.0%}"
            elif fmt == "title":
                v = str(v).title()
            elif fmt:
                v = format(v, fmt)
            out.append(str(v))
        return "".join(out)


class User:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance


t = Template("Hello {{ user.name|title }}! Balance: {{user.balance|money}} ({{rate|pct}}), pi={{ pi|.3f }}, id={{id|>6}}")
print(t.parts[:3])
print(t.render({"user": User("grace hopper", 1234567.891), "rate": 0.125, "pi": math.pi, "id": 42}))
for bad in ["{{ x", "{{ missing }}"]:
    try:
        print(Template(bad).render({"user": User("x", 0)}))
    except SyntaxError as e:
        print("SyntaxError:", e)
    except KeyError as e:
        print("KeyError:", e)
try:
    Template("{{ user.email }}").render({"user": User("a", 1)})
except AttributeError as e:
    print("AttributeError:", e)
