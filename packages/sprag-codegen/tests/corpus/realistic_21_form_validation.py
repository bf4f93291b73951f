from dataclasses import dataclass, field


class ValidationError(Exception):
    def __init__(self, field_name, message):
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name


@dataclass
class Rule:
    name: str
    required: bool = True
    min_len: int = 0
    max_len: int = 100
    pattern: str = ""

    def check(self, value):
        if value is None or value == "":
            if self.required:
                raise ValidationError(self.name, "is required")
            return None
        value = value.strip()
        if len(value) < self.min_len:
            raise ValidationError(self.name, f"needs at least {self.min_len} characters")
        if len(value) > self.max_len:
            raise ValidationError(self.name, f"allows at most {self.max_len} characters")
        if self.pattern == "email" and ("@" not in value or value.startswith("@") or "." not in value.rpartition("@")[2]):
            raise ValidationError(self.name, "is not an email address")
        if self.pattern == "digits" and not value.isdigit():
            raise ValidationError(self.name, "must contain digits only")
        return value


@dataclass
class Form:
    rules: list = field(default_factory=list)

    def validate(self, data):
        clean, errors = {}, {}
        for rule in self.rules:
            try:
                value = rule.check(data.get(rule.name))
            except ValidationError as e:
                errors[e.field_name] = str(e)
            else:
                if value is not None:
                    clean[rule.name] = value
        return clean, errors


form = Form([
    Rule("name", min_len=2),
    Rule("email", pattern="email"),
    Rule("zip", required=False, min_len=5, max_len=5, pattern="digits"),
    Rule("bio", required=False, max_len=20),
])
samples = [
    {"name": "Ada", "email": "ada@example.org", "zip": "12345"},
    {"name": " A ", "email": "nope", "zip": "12a45", "bio": "x" * 25},
    {"email": "@x.y"},
    {"name": "Grace", "email": "g@navy.mil", "zip": ""},
]
for data in samples:
    clean, errors = form.validate(data)
    print("ok" if not errors else "invalid", clean)
    for name, msg in sorted(errors.items()):
        print("   ", msg)
print(form.rules[2])
