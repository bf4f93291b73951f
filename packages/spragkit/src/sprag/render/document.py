"""Assemble the HTML document: shell template + rendered surface + head + payload.

A document page gets server HTML only: no ``<script>`` of any kind. A hybrid page or a mount
adds the JSON payload (``<script type="application/json">``, never executed) and one
``<script type="module">`` entry, with ``modulepreload`` links for what the entry imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from typing import Any, Dict, List, Optional

from markupsafe import Markup

from .metadata import render_head_metadata
from .payload import embed_json

__all__ = ["DocumentParts", "StaticShell", "assemble_document", "head_links", "tail_scripts"]

_HEAD_CLOSE = re.compile(r"</head\s*>", re.I)
_BODY_CLOSE = re.compile(r"</body\s*>", re.I)
_HTML_OPEN = re.compile(r"^\s*(<!doctype[^>]*>\s*)?<html[\s>]", re.I)


@dataclass
class DocumentParts:
    """Everything a document needs besides the shell and the body."""

    lang: str = "en"
    metadata: Dict[str, Any] = field(default_factory=dict)
    stylesheets: List[str] = field(default_factory=list)
    preloads: List[str] = field(default_factory=list)
    classic_scripts: List[str] = field(default_factory=list)
    entry: Optional[str] = None
    payload: Optional[Dict[str, Any]] = None
    links: Optional[str] = None  # precomputed head_links(...)
    scripts: Optional[str] = None  # precomputed tail_scripts(...)
    payload_json: Optional[str] = None  # the payload already encoded with embed_json


_META = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'


def head_links(stylesheets: List[str], preloads: List[str]) -> str:
    """The ``<link>`` tags of a surface (the same on every request)."""
    out = [f'<link rel="stylesheet" href="{escape(u)}">' for u in stylesheets]
    out.extend(f'<link rel="modulepreload" href="{escape(u)}">' for u in preloads)
    return "".join(out)


def tail_scripts(classic_scripts: List[str], entry: Optional[str]) -> str:
    """The script tags after the payload (the same on every request)."""
    out = [f'<script defer src="{escape(u)}"></script>' for u in classic_scripts]
    if entry is not None:
        out.append(f'<script type="module" src="{escape(entry)}"></script>')
    return "".join(out)


def _head(parts: DocumentParts) -> str:
    links = parts.links if parts.links is not None else head_links(parts.stylesheets, parts.preloads)
    return _META + render_head_metadata(parts.metadata) + links


def _tail(parts: DocumentParts) -> str:
    scripts = parts.scripts if parts.scripts is not None else tail_scripts(parts.classic_scripts, parts.entry)
    encoded = parts.payload_json
    if encoded is None:
        if parts.payload is None:
            return scripts
        encoded = embed_json(parts.payload)
    return '<script type="application/json" id="sprag-payload">' + encoded + "</script>" + scripts


_MARK = "\x00sprag-slot\x00"


@dataclass(frozen=True)
class StaticShell:
    """A shell whose template uses nothing but ``{{ sprag_slot }}``: rendered once, split."""

    prefix: str
    suffix: str
    full_document: bool

    @classmethod
    def from_template(cls, template: Any, source: str, env: Any) -> Optional[StaticShell]:
        """The split shell, or None when the template reads other variables."""
        from jinja2 import meta

        if meta.find_undeclared_variables(env.parse(source)) - {"sprag_slot"}:
            return None
        framed = template.render(sprag_slot=Markup(_MARK))
        if framed.count(_MARK) != 1:
            return None
        prefix, suffix = framed.split(_MARK)
        return cls(prefix, suffix, bool(_HTML_OPEN.match(framed)))


def assemble_document(shell_template: Any, body_html: str, parts: DocumentParts, context: Dict[str, Any]) -> str:
    """Render the shell with ``{{ sprag_slot }}`` = ``body_html`` and wrap it in a document.

    A shell that is itself a whole document (``<html>...``) gets the head and tail injected
    before ``</head>`` and ``</body>``; a fragment shell is wrapped.
    """
    if isinstance(shell_template, StaticShell) and not shell_template.full_document:
        return (
            f'<!doctype html><html lang="{escape(parts.lang)}"><head>{_head(parts)}</head>'
            f"<body>{shell_template.prefix}{body_html}{shell_template.suffix}{_tail(parts)}</body></html>"
        )
    if isinstance(shell_template, StaticShell):
        framed = shell_template.prefix + body_html + shell_template.suffix
    else:
        framed = shell_template.render(sprag_slot=Markup(body_html), **context)
    head, tail = _head(parts), _tail(parts)
    if _HTML_OPEN.match(framed):
        if _HEAD_CLOSE.search(framed):
            framed = _HEAD_CLOSE.sub(lambda m: head + m.group(0), framed, count=1)
        if _BODY_CLOSE.search(framed):
            framed = _BODY_CLOSE.sub(lambda m: tail + m.group(0), framed, count=1)
        else:
            framed += tail
        return framed
    return (
        f'<!doctype html><html lang="{escape(parts.lang)}"><head>{head}</head>'
        f"<body>{framed}{tail}</body></html>"
    )
