TEXT = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. Straße naïve café — unicode words count as one each.")


def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (28, 40):
    lines = wrap(TEXT, width)
    print(f"+{'-' * width}+")
    for i, words in enumerate(lines):
        body = justify(words, width) if i < len(lines) - 1 else " ".join(words).ljust(width)
        print(f"|{body}|")
    print(f"+{'-' * width}+")
print(" ".join(w.center(9, "·") for w in ["a", "bb", "ccc"]))
print(TEXT.title()[:30], TEXT.count("a"), TEXT.find("café"), TEXT.upper().split()[-4:])
