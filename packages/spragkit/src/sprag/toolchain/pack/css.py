"""``minify_css(text)``: a CSS minifier that only removes what cannot change the meaning.

It walks the text as CSS tokens (strings, comments, ``url(...)``, escapes, punctuation) and:
drops comments (``/*! ... */`` license comments are kept), collapses whitespace, removes it
around ``{ } ; , : ( ) !`` where the grammar does not need it, around the selector combinators
``> + ~`` (only in a selector, never inside ``calc()``, where ``a + b`` needs its spaces), and
the ``;`` before ``}``. Strings and ``url()`` bodies are copied byte for byte, so the hashed
``url()``/``@import`` targets the build wrote stay exactly as they were.
"""

from __future__ import annotations

import re
from typing import Dict, List, Tuple

from .artifact import Artifact

__all__ = ["minify_css", "minify_stylesheets"]

# No whitespace is needed after / before these characters (anywhere in a stylesheet).
_NO_SPACE_AFTER = frozenset("{};,:(!\0")  # \0: a kept comment was just written
_NO_SPACE_BEFORE = frozenset("{};,)!")
# Combinators: whitespace around them only matters inside parentheses (calc(), :is(), @media).
_COMBINATORS = frozenset(">+~")
_IDENT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_\\")


def _string_end(text: str, start: int) -> int:
    """Index just past the string literal opening at ``start`` (an unclosed one runs to the
    end of its line, as CSS tokenizes it)."""
    quote = text[start]
    i = start + 1
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == quote:
            return i + 1
        if c == "\n":
            return i
        i += 1
    return n


def _comment_end(text: str, start: int) -> int:
    end = text.find("*/", start + 2)
    return len(text) if end < 0 else end + 2


_SELECTOR, _DECLARATION, _AT_RULE = "selector", "declaration", "at-rule"


def _statement_kind(text: str, start: int) -> str:
    """What the statement starting at ``start`` is: an at-rule, a style rule's selector (it
    reaches a ``{`` before any ``;`` or ``}``) or a declaration."""
    i, n = start, len(text)
    while i < n and (text[i].isspace() or text.startswith("/*", i)):
        i = _comment_end(text, i) if text[i] == "/" else i + 1
    if i < n and text[i] == "@":
        return _AT_RULE
    while i < n:
        c = text[i]
        if c in "\"'":
            i = _string_end(text, i)
            continue
        if text.startswith("/*", i):
            i = _comment_end(text, i)
            continue
        if c == "\\":
            i += 2
            continue
        if c == "{":
            return _SELECTOR
        if c in ";}":
            return _DECLARATION
        i += 1
    return _DECLARATION


def _url_body_end(text: str, start: int) -> int:
    """For ``url(`` followed by an unquoted body at ``start``: the index of its ``)``."""
    i, n = start, len(text)
    while i < n and text[i] != ")":
        i += 2 if text[i] == "\\" else 1
    return min(i, n)


def minify_css(text: str) -> str:
    """The same stylesheet with no byte a browser needs removed."""
    out: List[str] = []
    last = ""  # the last character written
    pending = False  # whitespace (or a comment) seen since the last token
    depth = 0  # parenthesis depth
    kind = _statement_kind(text, 0)
    i, n = 0, len(text)

    def emit(token: str, first: str) -> None:
        nonlocal last, pending
        if pending and out:
            combinator = depth == 0 and kind == _SELECTOR
            after = last in _NO_SPACE_AFTER or (combinator and last in _COMBINATORS)
            before = (first in _NO_SPACE_BEFORE or (combinator and first in _COMBINATORS)
                      or (first == ":" and kind == _DECLARATION))
            if not (after or before):
                out.append(" ")
        pending = False
        out.append(token)
        last = token[-1]

    while i < n:
        c = text[i]
        if c.isspace():
            pending = True
            i += 1
        elif c == "/" and text.startswith("/*", i):
            end = _comment_end(text, i)
            if text.startswith("/*!", i):
                emit(text[i:end], "/")
                last = "\0"
            else:
                pending = True
            i = end
        elif c in "\"'":
            end = _string_end(text, i)
            emit(text[i:end], c)
            i = end
        elif c == "\\":
            emit(text[i:i + 2], c)
            i += 2
        elif c in "uU" and text[i:i + 4].lower() == "url(":  # word starts only: idents are read whole
            j = i + 4
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in "\"'":
                emit(text[i:i + 4], c)  # url( "x" ): the string is copied by the branch above
                depth += 1
                i = j
            else:
                end = _url_body_end(text, j)
                emit("url(" + text[j:end].strip() + ")", c)
                i = end + 1
        elif c == "}":
            if last == ";" and out and out[-1] == ";":
                out.pop()
                last = out[-1][-1] if out else ""
            pending = False
            emit("}", c)
            kind = _statement_kind(text, i + 1)
            i += 1
        elif c in "{;":
            emit(c, c)
            kind = _statement_kind(text, i + 1)
            i += 1
        elif c == "(":
            emit(c, c)
            depth += 1
            i += 1
        elif c == ")":
            depth = max(0, depth - 1)
            emit(c, c)
            i += 1
        else:
            j = i + 1
            while j < n and text[j] in _IDENT and c in _IDENT:
                j += 1
            emit(text[i:j], c)
            i = j
    return "".join(out)


def _renamed(text: str, renamed: Dict[str, str]) -> str:
    if not renamed:
        return text
    pattern = re.compile("|".join(re.escape(old) for old in sorted(renamed, key=len, reverse=True)))
    return pattern.sub(lambda m: renamed[m.group(0)], text)


def minify_stylesheets(artifact: Artifact) -> List[Tuple[str, int, int]]:
    """Minify every stylesheet the build serves and point its references at renamed files
    (packed images, other minified stylesheets); ``[(url, bytes before, bytes after)]``.

    A stylesheet that changes moves to its new content hash, so one that ``@import``s it
    changes too: the loop runs until no name changes (imports form no cycle: the build left
    cyclic ones unhashed)."""
    urls = [u for u in artifact.files if u.endswith(".css")]
    before = {u: len(artifact.read(u)) for u in urls}
    origin = {u: u for u in urls}
    texts = {u: minify_css(artifact.read(u).decode("utf-8", "replace")) for u in urls}
    for _ in range(len(texts) + 1):
        changed = False
        for url in list(texts):
            text = _renamed(texts.pop(url), artifact.renamed)
            body = text.encode("utf-8")
            new = url if body == artifact.read(url) else artifact.replace(url, body)
            texts[new] = text
            if new != url:
                origin[new] = origin.pop(url)
                changed = True
        if not changed:
            break
    return [(url, before[origin[url]], len(artifact.read(url))) for url in sorted(texts)]
