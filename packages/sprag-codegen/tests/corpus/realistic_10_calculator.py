# A recursive-descent calculator with precedence, unary minus, parentheses and errors.
class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.tokens = self.lex(text)
        self.pos = 0

    @staticmethod
    def lex(text):
        tokens = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == " ":
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                num = text[i:j]
                tokens.append(float(num) if "." in num else int(num))
                i = j
            elif c in "+-*/%()^":
                tokens.append(c)
                i += 1
            else:
                raise ParseError(f"bad character {c!r}")
        return tokens

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ParseError("expected )")
            return value
        if isinstance(tok, (int, float)):
            return tok
        raise ParseError(f"unexpected {tok!r}")


def calc(text):
    parser = Parser(text)
    value = parser.expr()
    if parser.peek() is not None:
        raise ParseError(f"trailing {parser.peek()!r}")
    return value


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-7 % 3", "2 ^ 3 ^ 2", "7 / 2", "1.5 * 4", "2 ^ -1", "10 / 0", "(1", "1 + x", "3 3"]:
    try:
        print(f"{src} = {calc(src)}")
    except ParseError as e:
        print(f"{src}: parse error: {e}")
    except ZeroDivisionError as e:
        print(f"{src}: ZeroDivisionError: {e}")
