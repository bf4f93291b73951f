"""Markdown to HTML: markdown-it-py (CommonMark + tables, strikethrough, footnotes), fenced
code highlighted on the server with Pygments, heading anchors, and relative links rewritten.

One pass over the token stream does what the rest of the package needs: heading ids and the
outline, the leading ``# Title`` lifted out, every relative link or image resolved through a
:class:`Linker` (and recorded, so a collection can check its targets), and the plain text.
"""

from __future__ import annotations

import os
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from html import escape
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

__all__ = ["Heading", "Reference", "Linker", "Rendered", "render_markdown", "slugify",
           "highlight_css"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class Heading:
    """One heading of a document: for the table of contents and ``#anchor`` links."""

    level: int
    text: str
    id: str


@dataclass(frozen=True)
class Reference:
    """A relative link or image in a document, resolved to a file of the project."""

    kind: str  # "document" (another Markdown file) or "file" (an image, a PDF, ...)
    target: Path
    fragment: str
    line: int
    raw: str


@dataclass(frozen=True)
class Linker:
    """How relative links become URLs: Markdown files under ``root`` publish at
    ``base_url/<path without .md>`` (``index.md`` at its folder's URL), other files under
    ``root`` at ``base_url/<path>`` (the collection serves them: ``Collection.file``), and
    files elsewhere through ``asset_url(path)``."""

    root: Path
    base_url: str
    asset_url: Callable[[Path], str]

    def document_url(self, path: Path) -> str:
        """The published URL of the Markdown file ``path`` (which may not exist)."""
        return url_for(self.root, self.base_url, path)

    def file_url(self, path: Path) -> str:
        """The published URL of a file that is not Markdown (an image, a PDF)."""
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            return self.asset_url(path)
        return self.base_url.rstrip("/") + "/" + rel


def url_for(root: Path, base_url: str, path: Path) -> str:
    parts = path_parts(root, path)
    base = base_url.rstrip("/")
    return base + "/" + "/".join(parts) if parts else (base or "/")


def path_parts(root: Path, path: Path) -> Tuple[str, ...]:
    """``guide/install.md`` -> ``("guide", "install")``; ``guide/index.md`` -> ``("guide",)``."""
    prefix, full = root.parts, path.parts
    count = len(prefix)
    if len(full) <= count or full[:count] != prefix:  # outside (ValueError), or other spellings
        return _path_parts_slow(root, path)
    parts = list(full[count:])
    name = parts[-1]
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:  # what with_suffix("") removes
        parts[-1] = name[:dot]
    if parts[-1] == "index":
        parts.pop()
    return tuple(parts)


def _path_parts_slow(root: Path, path: Path) -> Tuple[str, ...]:
    rel = path.relative_to(root).with_suffix("")
    parts = rel.parts
    if parts and parts[-1] == "index":
        parts = parts[:-1]
    return tuple(parts)


@dataclass
class Rendered:
    """What one Markdown body rendered to."""

    html: str
    title: Optional[str]
    headings: List[Heading]
    references: List[Reference]
    text: str
    broken: List[Tuple[int, str, str]] = field(default_factory=list)  # (line, raw, reason)


_NOT_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[\s_-]+")


def slugify(text: str) -> str:
    """A URL fragment for a heading: lowercase words joined by ``-``."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _NOT_WORD.sub("", text)
    return _SEPARATORS.sub("-", text).strip("-") or "section"


@cache
def _lexer(name: str) -> Any:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(name)
    except ClassNotFound:
        return None


@lru_cache(maxsize=1)
def _formatter() -> Any:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(nowrap=True)


def _highlight(code: str, lang: str, _attrs: str) -> str:
    lexer = _lexer(lang.lower()) if lang else None
    if lexer is None:
        return ""  # markdown-it escapes it in a plain <pre><code>
    from pygments import highlight

    body = highlight(code, lexer, _formatter())
    return f'<pre class="highlight"><code class="language-{escape(lang)}">{body}</code></pre>'


def highlight_css(selector: str = ".highlight", style: str = "default") -> str:
    """The stylesheet for highlighted code (Pygments ``style``), scoped to ``selector``."""
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style=style).get_style_defs(selector)


@lru_cache(maxsize=4)
def _parser(allow_html: bool) -> MarkdownIt:
    from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark", {"html": allow_html, "highlight": _highlight})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    return md


def render_markdown(body: str, *, source: Path, linker: Linker, first_line: int = 1,
                    allow_html: bool = False) -> Rendered:
    """Render ``body`` (the Markdown after any front matter, starting at ``first_line`` of
    ``source``). Raw HTML is escaped unless ``allow_html``."""
    md = _parser(allow_html)
    env: Dict[str, Any] = {}
    tokens = md.parse(body, env)
    title = _lift_title(tokens)
    references: List[Reference] = []
    broken: List[Tuple[int, str, str]] = []
    words: List[str] = []
    folder = source.parent.as_posix()
    for token in tokens:
        if token.type in ("fence", "code_block"):
            words.append(token.content)
        if token.type != "inline" or not token.children:
            continue
        line = first_line + (token.map[0] if token.map else 0)
        for child in token.children:
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("link_open", "image"):
                attr = "href" if child.type == "link_open" else "src"
                _rewrite(child, attr, folder, linker, line, references, broken)
    headings = _anchor_headings(tokens)
    html = md.renderer.render(tokens, md.options, env)
    return Rendered(html, title, headings, references, " ".join(words), broken)


def _inline_text(token: Token) -> str:
    return "".join(c.content for c in token.children or () if c.type in ("text", "code_inline"))


def _lift_title(tokens: List[Token]) -> Optional[str]:
    """A leading ``# Title`` becomes the document's title (the page shows it as its h1)."""
    if len(tokens) >= 3 and tokens[0].type == "heading_open" and tokens[0].tag == "h1":
        title = _inline_text(tokens[1]).strip()
        del tokens[:3]
        return title or None
    return None


def _anchor_headings(tokens: List[Token]) -> List[Heading]:
    seen: Dict[str, int] = {}
    headings = []
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        inline = tokens[index + 1]
        text = _inline_text(inline).strip()
        base = slugify(text)
        count = seen.get(base, 0)
        seen[base] = count + 1
        ident = base if count == 0 else f"{base}-{count}"
        token.attrSet("id", ident)
        headings.append(Heading(int(token.tag[1]), text, ident))
        # what a link_open token (these attributes), a "#" text token and a link_close token
        # render to, as one token
        anchor = Token("html_inline", "", 0)
        anchor.content = (f'<a class="anchor" href="{escapeHtml("#" + ident)}" '
                          f'aria-label="{escapeHtml("Link to " + text)}">#</a>')
        inline.children = [*(inline.children or []), anchor]
    return headings


def _rewrite(token: Token, attr: str, folder: str, linker: Linker, line: int,
             references: List[Reference], broken: List[Tuple[int, str, str]]) -> None:
    """Resolve one relative link or image of a document in ``folder`` (a POSIX path)."""
    raw = str(token.attrGet(attr) or "")
    if not raw or raw.startswith(("#", "/", "?")) or _SCHEME.match(raw):
        return
    path_text, _, fragment = raw.partition("#")
    path_text, _, query = path_text.partition("?")
    joined = posixpath.normpath(posixpath.join(folder, unquote(path_text)))
    target = Path(joined)
    if os.path.isdir(joined):
        target = target / "index.md"
    elif target.suffix != ".md" and not target.exists() and target.with_suffix(".md").is_file():
        target = target.with_suffix(".md")
    if target.suffix == ".md":
        try:
            url = linker.document_url(target)
        except ValueError:
            broken.append((line, raw, f"{target} is outside the collection {linker.root}"))
            return
        references.append(Reference("document", target, fragment, line, raw))
    else:
        try:
            url = linker.file_url(target)
        except ValueError as exc:
            broken.append((line, raw, str(exc)))
            return
        references.append(Reference("file", target, fragment, line, raw))
    token.attrSet(attr, url + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else ""))
