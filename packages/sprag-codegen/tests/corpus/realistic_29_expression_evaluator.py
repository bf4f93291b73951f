def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            match op:
                case "*":
                    value *= rhs
                case "/":
                    value /= rhs
                case "%":
                    value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        match self.take():
            case ("op", "-"):
                return -self.unary()
            case ("num", value):
                return value
            case ("name", name):
                if name not in self.env:
                    raise NameError(f"name {name!r} is not defined")
                return self.env[name]
            case ("op", "("):
                value = self.expr()
                if self.take() != ("op", ")"):
                    raise SyntaxError("expected )")
                return value
            case tok:
                raise SyntaxError(f"unexpected {tok}")


def evaluate(src, **env):
    p = Parser(tokenize(src), env)
    value = p.expr()
    if p.peek()[0] != "end":
        raise SyntaxError(f"trailing {p.peek()}")
    return value


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-7 % 3", "7 / 2", "x * (y - 1.5)", "10 / (5 - 5)", "2 +", "a + 1", "3 $ 4", "(1"]:
    try:
        print(f"{src:<14} = {evaluate(src, x=4, y=2)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<14} ! {type(e).__name__}: {e}")
