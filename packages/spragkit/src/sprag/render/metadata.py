"""Page metadata (title, description, canonical, og:*), merged App -> page -> load().

Inside ``load()`` (or an action) call ``set_metadata(title=..., og_image=...)``; keys may be
spelled ``og_title`` or ``"og:title"``.
"""

from __future__ import annotations

from html import escape
from typing import Any, Dict, Mapping, Optional

__all__ = ["set_metadata", "merge_metadata", "render_head_metadata", "normalize_metadata"]

_KNOWN = ("title", "description", "canonical")


def normalize_metadata(meta: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    """Canonical keys: ``og_title`` -> ``og:title``, ``twitter_card`` -> ``twitter:card``."""
    out: Dict[str, Any] = {}
    for key, value in (meta or {}).items():
        if not isinstance(key, str):
            raise TypeError(f"metadata keys must be strings, got {key!r}")
        for prefix in ("og", "twitter"):
            if key.startswith(prefix + "_"):
                key = prefix + ":" + key[len(prefix) + 1 :]
        out[key] = value
    return out


def merge_metadata(*layers: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    """Later layers win key by key; a None value removes the key."""
    merged: Dict[str, Any] = {}
    for layer in layers:
        for key, value in normalize_metadata(layer).items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
    return merged


def set_metadata(**values: Any) -> None:
    """Set metadata for the page being rendered (call from ``load()``)."""
    from flask import g, has_request_context

    if not has_request_context():
        raise RuntimeError("set_metadata() can only be called while serving a request")
    current = g.get("sprag_metadata") or {}
    g.sprag_metadata = merge_metadata(current, values)


def request_metadata() -> Dict[str, Any]:
    from flask import g

    return g.get("sprag_metadata") or {}


def render_head_metadata(meta: Mapping[str, Any]) -> str:
    """The ``<head>`` tags for ``meta``; every value is escaped."""
    parts = []
    title = meta.get("title")
    if title is not None:
        parts.append(f"<title>{escape(str(title), quote=False)}</title>")
    desc = meta.get("description")
    if desc is not None:
        parts.append(f'<meta name="description" content="{escape(str(desc))}">')
    canonical = meta.get("canonical")
    if canonical is not None:
        parts.append(f'<link rel="canonical" href="{escape(str(canonical))}">')
    for key, value in meta.items():
        if key in _KNOWN or value is None:
            continue
        if key.startswith("og:"):
            parts.append(f'<meta property="{escape(key)}" content="{escape(str(value))}">')
        elif key.startswith("twitter:") or key in ("robots", "keywords", "author"):
            parts.append(f'<meta name="{escape(key)}" content="{escape(str(value))}">')
    return "".join(parts)
