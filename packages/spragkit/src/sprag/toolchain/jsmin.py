"""Strip comments and indentation from the framework's own runtime files.

Not a general minifier: it is applied only to the JS shipped with ragot and sprag, and keeps
the bundler's ``//#if`` / ``//#endif`` region markers and every line break (so automatic semicolon insertion is untouched). Strings, template literals
and regular expression literals are copied verbatim.
"""

from __future__ import annotations

__all__ = ["strip_js"]

_REGEX_BEFORE = set("(,=:[!&|?{};+-*%<>~^")


def strip_js(code: str) -> str:
    """``code`` without comments, leading indentation or blank lines."""
    out = []
    i, n = 0, len(code)
    last = ""  # last significant character emitted
    while i < n:
        c = code[i]
        nxt = code[i + 1] if i + 1 < n else ""
        if c == "/" and nxt == "*":
            end = code.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == "/" and nxt == "/":
            end = code.find("\n", i)
            end = n if end < 0 else end
            if code.startswith(("//#if ", "//#endif"), i):
                out.append(code[i:end])  # a bundler region marker (sprag/toolchain/bundle.py)
            i = end
            continue
        if c in "'\"`":
            j = i + 1
            while j < n and code[j] != c:
                j += 2 if code[j] == "\\" else 1
            out.append(code[i : j + 1])
            i = j + 1
            last = c
            continue
        if c == "/" and (last in _REGEX_BEFORE or last == "" or last == "\n"):
            j = i + 1
            in_class = False
            while j < n and code[j] != "\n":
                if code[j] == "\\":
                    j += 2
                    continue
                if code[j] == "[":
                    in_class = True
                elif code[j] == "]":
                    in_class = False
                elif code[j] == "/" and not in_class:
                    break
                j += 1
            out.append(code[i : j + 1])
            i = j + 1
            last = "/"
            continue
        out.append(c)
        if not c.isspace():
            last = c
        elif c == "\n":
            last = last if last in _REGEX_BEFORE else "\n" if last == "" else last
        i += 1
    lines = ("".join(out)).split("\n")
    return "\n".join(line.strip() for line in lines if line.strip()) + "\n"
