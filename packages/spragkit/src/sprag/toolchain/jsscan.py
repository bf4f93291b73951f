"""A small JavaScript scanner for the production bundler.

Not a parser: it splits ES2020 source into tokens (skipping strings, template literals,
regular expressions and comments correctly) and answers the two questions the bundler asks:

* which names a module declares at its top level (``function f``, ``class C``,
  ``const a = 1, {b, c: d} = e``, ``let``/``var``, ``async function``): two hoisted modules
  must not declare the same one;
* (``identifiers``) which identifiers it uses anywhere (every identifier token not written
  after ``.``/``?.``): an over-approximation of its free names.

It is applied to the framework's own runtime files and to sprag-codegen's output; input it
cannot read raises :class:`ScanError` and the bundler falls back to wrapped modules.
"""

from __future__ import annotations

import re
from typing import List, Set, Tuple

__all__ = ["ScanError", "tokens", "top_level_names", "identifiers"]

_IDENT_START = re.compile(r"[A-Za-z_$\u0080-\uffff]")
_IDENT = re.compile(r"[A-Za-z0-9_$\u0080-\uffff]+")
_NUMBER = re.compile(r"(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?")
_PUNCT = re.compile(r">>>=|\.\.\.|===|!==|\*\*=|<<=|>>=|>>>|\?\?=|&&=|\|\|=|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>|\*\*|[{}()\[\];,<>+\-*/%&|^!~?:=.@#]")
# after these tokens a "/" starts a regular expression, not a division
_REGEX_AFTER_WORDS = {"return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"}


class ScanError(ValueError):
    """The scanner cannot read this source."""


Token = Tuple[str, str, int]  # (kind, text, depth): kind in ident, punct, str, num, regex, tpl


def tokens(code: str) -> List[Token]:
    """The tokens of ``code`` with the bracket depth each starts at (comments dropped)."""
    out: List[Token] = []
    i, n = 0, len(code)
    depth = 0
    stack: List[str] = []  # open brackets; "`" marks a template's ${ ... } expression
    while i < n:
        c = code[i]
        if c in " \t\r\n\ufeff\u00a0\u2028\u2029":
            i += 1
            continue
        if code.startswith("//", i):
            j = code.find("\n", i)
            i = n if j < 0 else j
            continue
        if code.startswith("/*", i):
            j = code.find("*/", i + 2)
            if j < 0:
                raise ScanError("unterminated comment")
            i = j + 2
            continue
        if c in "'\"":
            j = i + 1
            while j < n and code[j] != c:
                if code[j] == "\n":
                    raise ScanError("unterminated string")
                j += 2 if code[j] == "\\" else 1
            if j >= n:
                raise ScanError("unterminated string")
            out.append(("str", code[i : j + 1], depth))
            i = j + 1
            continue
        if c == "`" or (c == "}" and stack and stack[-1] == "`"):
            # a template literal, or the rest of one after a ${ ... } expression
            if c == "}":
                stack.pop()
                depth -= 1
            j = i + 1
            while j < n:
                if code[j] == "\\":
                    j += 2
                    continue
                if code[j] == "`":
                    break
                if code.startswith("${", j):
                    break
                j += 1
            if j >= n:
                raise ScanError("unterminated template literal")
            if code[j] == "`":
                out.append(("tpl", code[i : j + 1], depth))
                i = j + 1
            else:
                out.append(("tpl", code[i : j + 2], depth))
                stack.append("`")
                depth += 1
                i = j + 2
            continue
        if c == "/" and _regex_allowed(out):
            j = i + 1
            in_class = False
            while j < n:
                ch = code[j]
                if ch == "\n":
                    raise ScanError("unterminated regular expression")
                if ch == "\\":
                    j += 2
                    continue
                if ch == "[":
                    in_class = True
                elif ch == "]":
                    in_class = False
                elif ch == "/" and not in_class:
                    break
                j += 1
            j += 1
            m = _IDENT.match(code, j)
            if m:
                j = m.end()
            out.append(("regex", code[i:j], depth))
            i = j
            continue
        if _IDENT_START.match(c):
            m = _IDENT.match(code, i)
            assert m is not None
            out.append(("ident", m.group(0), depth))
            i = m.end()
            continue
        if c.isdigit() or (c == "." and i + 1 < n and code[i + 1].isdigit()):
            m = _NUMBER.match(code, i)
            if not m or not m.group(0):
                raise ScanError(f"cannot read the number at {code[i:i + 10]!r}")
            out.append(("num", m.group(0), depth))
            i = m.end()
            continue
        m = _PUNCT.match(code, i)
        if not m:
            raise ScanError(f"unexpected character {c!r}")
        p = m.group(0)
        if p in "{([":
            out.append(("punct", p, depth))
            stack.append(p)
            depth += 1
        elif p in "})]":
            if not stack or stack[-1] == "`" or "{([".index(stack[-1]) != "})]".index(p):
                raise ScanError(f"unbalanced {p!r}")
            stack.pop()
            depth -= 1
            out.append(("punct", p, depth))
        else:
            out.append(("punct", p, depth))
        i = m.end()
    if stack:
        raise ScanError("unbalanced brackets at the end of the module")
    return out


def _regex_allowed(out: List[Token]) -> bool:
    if not out:
        return True
    kind, text, _ = out[-1]
    if kind == "ident":
        return text in _REGEX_AFTER_WORDS
    if kind in ("num", "str", "regex") or (kind == "tpl" and text.endswith("`")):
        return False
    return text not in (")", "]", "}")


def _pattern_names(toks: List[Token], i: int, names: List[str]) -> int:
    """Binding names of the destructuring pattern opening at ``toks[i]``; index after it."""
    close = {"{": "}", "[": "]"}[toks[i][1]]
    depth = toks[i][2]
    i += 1
    while i < len(toks) and not (toks[i][1] == close and toks[i][2] == depth):
        kind, text, d = toks[i]
        if d == depth + 1 and kind == "ident":
            nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
            prev = toks[i - 1][1]
            if nxt == ":" and close == "}":
                pass  # a key; the binding follows
            elif prev in ("=",):
                pass  # a default value
            else:
                names.append(text)
        elif d == depth + 1 and text in ("{", "[") and toks[i - 1][1] in (":", ",", "{", "[", "..."):
            i = _pattern_names(toks, i, names)
        i += 1
    return i


def top_level_names(code: str) -> List[str]:
    """Names declared at the top level of ``code`` (a module body without import/export)."""
    toks = tokens(code)
    names: List[str] = []
    i = 0
    while i < len(toks):
        kind, text, depth = toks[i]
        prev = toks[i - 1][1] if i else ";"
        at_start = prev in (";", "}", ")") or i == 0
        if depth == 0 and kind == "ident" and at_start:
            word = text
            if word == "async" and i + 1 < len(toks) and toks[i + 1][1] == "function":
                i += 1
                word = "function"
            if word in ("function", "class"):
                j = i + 1
                if j < len(toks) and toks[j][1] == "*":
                    j += 1
                if j < len(toks) and toks[j][0] == "ident" and toks[j][1] not in ("extends",):
                    names.append(toks[j][1])
                i = j + 1
                continue
            if word in ("const", "let", "var"):
                j = i + 1
                while j < len(toks):
                    k, t, d = toks[j]
                    if k == "ident":
                        names.append(t)
                    elif t in ("{", "["):
                        j = _pattern_names(toks, j, names)
                    # skip the initialiser up to "," or ";" at depth 0
                    j += 1
                    while j < len(toks) and not (toks[j][2] == 0 and toks[j][1] in (",", ";")):
                        j += 1
                    if j < len(toks) and toks[j][1] == ",":
                        j += 1
                        continue
                    break
                i = j + 1
                continue
        i += 1
    return names


def identifiers(code: str) -> Set[str]:
    """Every identifier token not written as a property (after ``.`` or ``?.``)."""
    toks = tokens(code)
    out: Set[str] = set()
    for i, (kind, text, _) in enumerate(toks):
        if kind == "ident" and not (i and toks[i - 1][1] in (".", "?.")):
            out.add(text)
    return out
