"""The one JavaScript lexer of the toolchain (the bundler's scanner and ``strip_js``).

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

__all__ = ["ScanError", "lex", "tokens", "strip_js", "top_level_names", "identifiers", "words"]

# identifier characters: ASCII letters, digits, _ and $, and anything beyond ASCII (the
# negated class compiles in a fraction of the time of a \u0080-\uffff range)
_IDENT = re.compile(r"(?:[A-Za-z0-9_$]|[^\x00-\x7f])+")
_NUMBER = re.compile(r"(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?")
_PUNCT = re.compile(r">>>=|\.\.\.|===|!==|\*\*=|<<=|>>=|>>>|\?\?=|&&=|\|\|=|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>|\*\*|[{}()\[\];,<>+\-*/%&|^!~?:=.@#]")
# after these tokens a "/" starts a regular expression, not a division
_REGEX_AFTER_WORDS = {"return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"}


class ScanError(ValueError):
    """The scanner cannot read this source."""


Token = Tuple[str, str, int]  # (kind, text, depth): kind in ident, punct, str, num, regex, tpl


_LEX = re.compile(
    r"""[ \t\r\n\ufeff\u00a0\u2028\u2029]*(?:"""
    r"""(?P<line>//[^\n]*)"""
    r"""|(?P<block>/\*)"""
    r"""|(?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
    r"""|(?P<ident>(?:[A-Za-z_$]|[^\x00-\x7f])(?:[A-Za-z0-9_$]|[^\x00-\x7f])*)"""
    r"""|(?P<num>(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?)"""
    r"""|(?P<special>[`/}])"""
    r"""|(?P<punct>""" + _PUNCT.pattern + r""")"""
    r"""|(?P<end>$)|(?P<bad>.))""",
    re.S,
)
_OPEN = {"{": "}", "(": ")", "[": "]"}


def tokens(code: str) -> List[Token]:
    """The tokens of ``code`` with the bracket depth each starts at (comments dropped)."""
    return lex(code)[0]


def lex(code: str, lenient: bool = False) -> Tuple[List[Token], List[Tuple[int, int]]]:
    """The one JavaScript lexer: ``(tokens, comments)`` where ``comments`` are the
    ``(start, end)`` spans of every comment in ``code`` (what :func:`strip_js` removes).
    ``lenient``: brackets need not balance (a fragment of a module, as a bundler region)."""
    out: List[Token] = []
    comments: List[Tuple[int, int]] = []
    append = out.append
    stack: List[str] = []  # open brackets; "`" marks a template's ${ ... } expression
    depth = 0  # len(stack)
    i = 0
    while True:
        restart = None
        for m in _LEX.finditer(code, i):
            kind = m.lastgroup
            if kind == "ident" or kind == "str":
                append((kind, m.group(kind), depth))
            elif kind == "punct":
                p = m.group(kind)
                if p in _OPEN:
                    append(("punct", p, depth))
                    stack.append(p)
                    depth += 1
                elif p == ")" or p == "]":
                    if not stack or stack[-1] == "`" or _OPEN[stack[-1]] != p:
                        if lenient:
                            append(("punct", p, depth))
                            continue
                        raise ScanError(f"unbalanced {p!r}")
                    stack.pop()
                    depth -= 1
                    append(("punct", p, depth))
                else:
                    append(("punct", p, depth))
            elif kind == "num":
                text = m.group(kind)
                if not text:
                    raise ScanError(f"cannot read the number at {code[m.start(kind):m.start(kind) + 10]!r}")
                append(("num", text, depth))
            elif kind == "line":
                comments.append(m.span(kind))
            elif kind == "block":
                start = m.start(kind)
                j = code.find("*/", start + 2)
                if j < 0:
                    raise ScanError("unterminated comment")
                comments.append((start, j + 2))
                restart = j + 2
                break
            elif kind == "special":
                start = m.start(kind)
                c = code[start]
                if c == "`":
                    restart = _template(code, start, depth, out, stack)
                    depth = len(stack)
                    break
                if c == "}":
                    if stack and stack[-1] == "`":
                        stack.pop()
                        restart = _template(code, start, len(stack), out, stack)
                        depth = len(stack)
                        break
                    if not stack or _OPEN[stack[-1]] != "}":
                        if lenient:
                            append(("punct", "}", depth))
                            continue
                        raise ScanError("unbalanced '}'")
                    stack.pop()
                    depth -= 1
                    append(("punct", "}", depth))
                elif _regex_allowed(out):
                    restart = _regex(code, start, depth, out)
                    break
                else:
                    p = _PUNCT.match(code, start).group(0)  # "/" or "/="
                    append(("punct", p, depth))
                    if len(p) > 1:
                        restart = start + len(p)
                        break
            elif kind == "end":
                break
            else:
                c = code[m.start(kind)]
                if c in "'\"":
                    raise ScanError("unterminated string")
                raise ScanError(f"unexpected character {c!r}")
        if restart is None:
            break
        i = restart
    if stack and not lenient:
        raise ScanError("unbalanced brackets at the end of the module")
    return out, comments


def _template(code: str, i: int, depth: int, out: List[Token], stack: List[str]) -> int:
    """A template literal from ``i`` (its opening backtick, or the ``}`` closing a ``${``)."""
    n = len(code)
    j = i + 1
    while j < n:
        ch = code[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "`" or (ch == "$" and code.startswith("${", j)):
            break
        j += 1
    if j >= n:
        raise ScanError("unterminated template literal")
    if code[j] == "`":
        out.append(("tpl", code[i : j + 1], depth))
        return j + 1
    out.append(("tpl", code[i : j + 2], depth))
    stack.append("`")
    return j + 2


def _regex(code: str, i: int, depth: int, out: List[Token]) -> int:
    """A regular expression literal from ``i`` (its opening slash), flags included."""
    n = len(code)
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
    return j


def strip_js(code: str) -> str:
    """``code`` without comments, leading indentation or blank lines (for the framework's own
    runtime files). Keeps the bundler's ``//#if`` / ``//#endif`` region markers and every line
    break (so automatic semicolon insertion is untouched); strings, template literals and
    regular expression literals are copied verbatim. Uses the one lexer above."""
    _, comments = lex(code)
    parts: List[str] = []
    pos = 0
    for start, end in comments:
        parts.append(code[pos:start])
        if code.startswith(("//#if ", "//#endif"), start):
            parts.append(code[start:end])  # a bundler region marker (sprag/toolchain/bundle.py)
        pos = end
    parts.append(code[pos:])
    lines = "".join(parts).split("\n")
    return "\n".join(line.strip() for line in lines if line.strip()) + "\n"


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


_NAME = re.compile(r"[A-Za-z_$][\w$]*")


def words(code: str) -> Set[str]:
    """The names ``code`` (a module or a fragment of one) uses: every identifier and property
    name, and every string literal that is a whole name (compiled Python looks methods up by
    name, ``$ga(obj, "onClick")``). Words inside other strings, template text and comments
    do not count (``"application/octet-stream"`` does not use ``stream``)."""
    out: Set[str] = set()
    for kind, text, _ in lex(code, lenient=True)[0]:
        if kind == "ident":
            out.add(text)
        elif kind == "str" and _NAME.fullmatch(text[1:-1]):
            out.add(text[1:-1])
    return out
