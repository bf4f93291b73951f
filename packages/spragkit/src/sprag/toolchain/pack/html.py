"""``minify_html(text)``: a conservative HTML (and Jinja shell template) minifier.

What it does: drops comments (not conditional ``<!--[if``, not ``<!--!`` ones), collapses each
run of whitespace in text to one space, removes whitespace next to tags that never render it
(``html head body title meta link base script style template`` and the doctype), collapses the
whitespace between attributes inside a tag, and minifies ``<style>`` bodies with the CSS
minifier. What it never touches: the contents of ``<pre> <textarea> <script>`` (and
``<style>`` when it holds template code), attribute values, and Jinja ``{{ }} {% %} {# #}``
blocks, which are copied as they are.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from ...assets.images import ImageTable
from .artifact import Artifact
from .css import minify_css

__all__ = ["minify_html", "minify_pages"]

_RAW = ("pre", "textarea", "script", "style")
# Elements next to which whitespace is never rendered (document structure, metadata, code).
_SILENT = frozenset(("html", "head", "body", "title", "meta", "link", "base", "script", "style",
                     "template", "!doctype"))
_TAG_NAME = re.compile(r"</?\s*([A-Za-z!][A-Za-z0-9:-]*)")
_JINJA = {"{{": "}}", "{%": "%}", "{#": "#}"}
_SPACES = re.compile(r"\s+")


def _jinja_end(text: str, start: int) -> int:
    close = _JINJA[text[start:start + 2]]
    end = text.find(close, start + 2)
    return len(text) if end < 0 else end + 2


def _tag_end(text: str, start: int) -> int:
    """Index just past the ``>`` of the tag at ``start`` (quotes and Jinja are skipped)."""
    i, n = start + 1, len(text)
    quote: Optional[str] = None
    while i < n:
        c = text[i]
        if quote:
            if c == quote:
                quote = None
        elif text[i:i + 2] in _JINJA:
            i = _jinja_end(text, i)
            continue
        elif c in "\"'":
            quote = c
        elif c == ">":
            return i + 1
        i += 1
    return n


def _compact_tag(tag: str) -> str:
    """``<div   class="a"\\n  id="b" >`` -> ``<div class="a" id="b">`` (values untouched)."""
    out: List[str] = []
    i, n = 0, len(tag)
    quote: Optional[str] = None
    space = False
    while i < n:
        c = tag[i]
        if quote:
            out.append(c)
            if c == quote:
                quote = None
            i += 1
            continue
        if tag[i:i + 2] in _JINJA:
            end = _jinja_end(tag, i)
            if space:
                out.append(" ")
                space = False
            out.append(tag[i:end])
            i = end
            continue
        if c.isspace():
            space = True
            i += 1
            continue
        if space and c not in ">=" and out and out[-1] != "=":
            out.append(" ")
        space = False
        if c in "\"'":
            quote = c
        out.append(c)
        i += 1
    return "".join(out)


def _tag_info(tag: str) -> Tuple[str, bool]:
    match = _TAG_NAME.match(tag)
    return (match.group(1).lower() if match else ""), tag.startswith("</")


def minify_html(text: str) -> str:
    """``text`` with the whitespace and comments no browser renders removed."""
    pieces: List[Tuple[str, str]] = []  # (kind, text): kind is "text", "tag", "keep"
    i, n = 0, len(text)
    while i < n:
        if text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            end = n if end < 0 else end + 3
            comment = text[i:end]
            if comment.startswith(("<!--[if", "<!--!", "<!--<![")) or "[endif]" in comment:
                pieces.append(("keep", comment))
            i = end
            continue
        if text[i:i + 2] in _JINJA:
            end = _jinja_end(text, i)
            pieces.append(("keep", text[i:end]))
            i = end
            continue
        if text[i] == "<" and i + 1 < n and (text[i + 1].isalpha() or text[i + 1] in "/!"):
            end = _tag_end(text, i)
            tag = text[i:end]
            pieces.append(("tag", _compact_tag(tag)))
            i = end
            name, closing = _tag_info(tag)
            if name in _RAW and not closing:
                close = re.compile(rf"</{name}\s*>", re.I).search(text, i)
                body_end = close.start() if close else n
                body = text[i:body_end]
                if name == "style" and not any(k in body for k in _JINJA):
                    body = minify_css(body)
                pieces.append(("keep", body))
                i = body_end
            continue
        j = i + 1
        while j < n and text[j] != "<" and text[j:j + 2] not in _JINJA:
            j += 1
        if pieces and pieces[-1][0] == "text":  # text on both sides of a dropped comment
            pieces[-1] = ("text", pieces[-1][1] + text[i:j])
        else:
            pieces.append(("text", text[i:j]))
        i = j
    return _join(pieces)


def _silent(piece: Optional[Tuple[str, str]]) -> bool:
    return piece is not None and piece[0] == "tag" and _tag_info(piece[1])[0] in _SILENT


def _join(pieces: List[Tuple[str, str]]) -> str:
    out: List[str] = []
    for index, (kind, value) in enumerate(pieces):
        if kind != "text":
            out.append(value)
            continue
        value = _SPACES.sub(" ", value)
        before = pieces[index - 1] if index > 0 else None
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        if before is None or _silent(before):
            value = value.lstrip()
        if after is None or _silent(after):
            value = value.rstrip()
        out.append(value)
    return "".join(out)


def minify_pages(artifact: Artifact) -> List[Tuple[str, int, int]]:
    """Minify the HTML the artifact ships: static ``.html`` files and the app's templates
    (shells), whose ``<img>`` of packed images also get their ``<picture>`` (a shell is never
    hydrated). ``[(name, bytes before, bytes after)]``."""
    done: List[Tuple[str, int, int]] = []
    for url in artifact.files:
        if url.endswith((".html", ".htm")):
            body = artifact.read(url)
            new = artifact.replace(url, minify_html(body.decode("utf-8", "replace")).encode("utf-8"))
            done.append((url, len(body), len(artifact.read(new))))
    images = ImageTable.from_manifest(artifact.manifest.get("images", {}))
    for path in artifact.app_files(".html"):
        body = path.read_bytes()
        text = images.rewrite(minify_html(body.decode("utf-8", "replace")), picture=True)
        path.write_bytes(text.encode("utf-8"))
        done.append((path.relative_to(artifact.root).as_posix(), len(body), path.stat().st_size))
    return done
