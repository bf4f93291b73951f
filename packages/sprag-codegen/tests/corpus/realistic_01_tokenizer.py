# A small tokenizer for arithmetic expressions with positions and errors.
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


class TokenizeError(Exception):
    pass


OPERATORS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "(": "LPAREN", ")": "RPAREN"}


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            tokens.append(Token("NUMBER", text[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("NAME", text[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token(OPERATORS[ch], ch, i))
            i += 1
        else:
            raise TokenizeError(f"unexpected {ch!r} at {i}")
    return tokens


for src in ["1 + 2", "rate * (hours - 2.5)", "x_1/y", "3 $ 4"]:
    try:
        print(tokenize(src))
    except TokenizeError as e:
        print("error:", e)
kinds = {}
for tok in tokenize("a + b * (c + 1) - 2"):
    kinds[tok.kind] = kinds.get(tok.kind, 0) + 1
print(kinds)
