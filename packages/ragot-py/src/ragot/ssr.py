"""`render_to_string(tree)`: escaped server-side rendering of `ui` trees.

The output is exactly what the JS hydrator walks: plain HTML, no comments or wrappers,
attributes in the order given, void elements without a closing tag, fragments inline.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping

from .attrs import URL_ATTRIBUTES, is_dangerous_url, style_text
from .tags import RAW_TEXT_TAGS, VOID_TAGS
from .vnode import Fragment, Raw, VNode, normalize_children

__all__ = ["render_to_string"]

# The parser drops one newline right after these start tags; render an extra one to keep it.
_NEWLINE_EATERS = frozenset(("pre", "textarea", "listing"))
_RAW_TEXT_END = {tag: re.compile(rf"</{tag}|<!--", re.IGNORECASE) for tag in RAW_TEXT_TAGS}


def render_to_string(tree: Any) -> str:
    """Render a `ui` tree (an element, fragment, string, list ... ) to an HTML string.

    Text is escaped (`& < >`), attribute values too (plus both quotes); `javascript:` URLs
    in `href`/`src`/`action`/`formaction`... are dropped; `on_*` listeners and `key` are not
    rendered.
    """
    out: List[str] = []
    if type(tree) is VNode:
        _render_element(tree, out)
    else:
        _render_children(normalize_children((tree,)), out)
    return "".join(out)


_TEXT_SPECIAL = re.compile(r"[&<>]").search
_ATTR_SPECIAL = re.compile(r"[&<>\"']").search


def _render_children(children: List[Any], out: List[str]) -> None:
    append = out.append
    for child in children:
        kind = type(child)
        if kind is str:
            if _TEXT_SPECIAL(child):
                child = child.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            append(child)
        elif kind is VNode:
            _render_element(child, out)
        elif kind is Fragment:
            _render_children(child.children, out)
        elif kind is Raw:
            append(child.html)
        elif isinstance(child, VNode):  # subclasses of the node types
            _render_element(child, out)
        elif isinstance(child, Fragment):
            _render_children(child.children, out)
        elif isinstance(child, Raw):
            append(child.html)
        else:
            _render_children(normalize_children((child,)), out)


_ON = frozenset(("on", "On", "oN", "ON"))

# ' name="escaped value"' (or "" when not rendered) by attribute name, then str value: pages
# repeat most of their attributes (classes, navigation links), which then cost two dict
# lookups instead of the checks, the escaping and a new string. Bounded (entries and
# value length); cleared when full.
_STR_ATTRS: Dict[str, Dict[str, str]] = {}
_STR_ATTRS_LIMIT = 8192
_CACHED_VALUE_LENGTH = 256
_cached_count = [0]
# "<tag>" and "</tag>" by tag (bounded too)
_OPEN: Dict[str, str] = {}
_CLOSE: Dict[str, str] = {}


def _attribute_text(text: str) -> str:
    """``text`` escaped for a double-quoted attribute value."""
    if not _ATTR_SPECIAL(text):
        return text
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def _str_attribute(name: str, value: str) -> str:
    """What a str-valued attribute renders as (remembered for the next time)."""
    if name[:2] in _ON or (name in URL_ATTRIBUTES and is_dangerous_url(value)):
        rendered = ""  # inline string handlers (onclick="...") and script URLs are dropped
    else:
        text = value
        rendered = f' {name}="{_attribute_text(text)}"'
    if len(value) > _CACHED_VALUE_LENGTH:
        return rendered  # long values (inline data) rarely repeat: not kept
    if _cached_count[0] >= _STR_ATTRS_LIMIT:
        _STR_ATTRS.clear()
        _cached_count[0] = 0
    by_value = _STR_ATTRS.get(name)
    if by_value is None:
        by_value = _STR_ATTRS[name] = {}
    by_value[value] = rendered
    _cached_count[0] += 1
    return rendered


def _other_attribute(name: str, value: Any) -> str:
    """What an attribute with a value other than a str, a bool or None renders as."""
    if name == "style" and isinstance(value, Mapping):
        text = style_text(value)
    else:
        text = str(value)
    if name in URL_ATTRIBUTES and is_dangerous_url(text):
        return ""
    return f' {name}="{_attribute_text(text)}"'


def _render_element(node: VNode, out: List[str]) -> None:
    tag = node.tag
    attrs = node.attrs
    append = out.append
    if attrs:
        append("<" + tag)
        cache = _STR_ATTRS
        for name, value in attrs.items():
            kind = type(value)
            if kind is str:
                by_value = cache.get(name)
                rendered = by_value.get(value) if by_value is not None else None
                if rendered is None:
                    rendered = _str_attribute(name, value)
                if rendered:
                    append(rendered)
            elif value is None or value is False:
                continue
            elif value is True:
                append(" " + name)
            else:
                rendered = _other_attribute(name, value)
                if rendered:
                    append(rendered)
        append(">")
    else:
        opening = _OPEN.get(tag)
        if opening is None:
            opening = f"<{tag}>"
            if len(_OPEN) < 1024:
                _OPEN[tag] = opening
        append(opening)
    if tag in VOID_TAGS:
        return
    children = node.children
    if children:
        if tag in RAW_TEXT_TAGS:
            _render_raw_text(tag, children, out)
        else:
            if tag in _NEWLINE_EATERS:
                first = children[0]
                if type(first) is str and first.startswith("\n"):
                    append("\n")
            for child in children:  # the common cases inline; the rest in _render_children
                kind = type(child)
                if kind is str:
                    if _TEXT_SPECIAL(child):
                        child = (
                            child.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        )
                    append(child)
                elif kind is VNode:
                    _render_element(child, out)
                else:
                    _render_children((child,), out)
    closing = _CLOSE.get(tag)
    if closing is None:
        closing = f"</{tag}>"
        if len(_CLOSE) < 1024:
            _CLOSE[tag] = closing
    append(closing)


def _render_raw_text(tag: str, children: List[Any], out: List[str]) -> None:
    """<script>/<style> content is not decoded by the parser: emit it verbatim, but refuse
    text that would end the element early."""
    for child in children:
        if type(child) is Raw:
            text = child.html
        elif isinstance(child, str):
            text = child
        else:
            raise ValueError(f"<{tag}> can only contain text, got {type(child).__name__}")
        if _RAW_TEXT_END[tag].search(text):
            raise ValueError(
                f"<{tag}> text contains '</{tag}' or '<!--', which would end the element "
                f"early; serve the code as a file instead of inlining it"
            )
        out.append(text)
