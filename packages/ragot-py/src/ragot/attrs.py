"""Attribute rules shared by SSR, the `ui` builders and the dialect (contracts.md section 3).

- a trailing `_` is dropped (`class_` -> `class`), other `_` become `-` (`data_role` -> `data-role`)
- `key` is the vnode key; `ref` names the element in `component.refs`; neither is rendered
- `on_<event>` is an event listener (`on_click` -> `click`), never rendered
- values: True -> present and empty, False/None -> absent, `style` dict -> `k:v;` pairs,
  str/int/float -> `str()`; lists, sets and (non-style) dicts are an error
- URL attributes whose value is a `javascript:`/`vbscript:` URL are dropped
"""

from __future__ import annotations

import functools
import re
from typing import Any, Mapping, Optional

__all__ = [
    "attribute_name",
    "event_name",
    "is_event_attribute",
    "is_inline_handler",
    "check_attribute_name",
    "check_attribute_value",
    "style_text",
    "is_dangerous_url",
    "URL_ATTRIBUTES",
    "escape_text",
    "escape_attribute",
]

# Attribute names we render: letters first, then letters, digits, `-`, `_`, `:`, `.`.
_VALID_NAME = re.compile(r"^[A-Za-z_:][A-Za-z0-9_:.\-]*$")

URL_ATTRIBUTES = frozenset(
    (
        "href",
        "src",
        "action",
        "formaction",
        "xlink:href",
        "poster",
        "cite",
        "background",
        "data-src",
        "srcdoc",
    )
)

# Browsers ignore ASCII whitespace and control characters anywhere in a URL's scheme.
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
_BAD_SCHEMES = ("javascript:", "vbscript:")


@functools.lru_cache(maxsize=4096)
def attribute_name(name: str) -> str:
    """The HTML attribute a Python keyword names: `class_` -> `class`, `data_x_y` -> `data-x-y`."""
    if name.endswith("_"):
        name = name[:-1]
    for prefix in _NAMESPACED:
        if name.startswith(prefix) and len(name) > len(prefix):
            return prefix[:-1] + ":" + name[len(prefix):].replace("_", "-")
    return name.replace("_", "-")


#: Keyword prefixes naming XML-namespaced attributes: `xlink_href` -> `xlink:href`.
_NAMESPACED = ("xlink_", "xml_")


def is_inline_handler(name: str, value: Any) -> bool:
    """True for `onclick="..."`-style attributes: a string handler is never rendered
    (listeners are callables passed as on_<event>=)."""
    return isinstance(value, str) and name[:2].lower() == "on"


def is_event_attribute(name: str) -> bool:
    """True for `on_<event>` keywords (event listeners, never rendered as attributes)."""
    return name.startswith("on_") and len(name) > 3


@functools.lru_cache(maxsize=1024)
def event_name(name: str) -> str:
    """The DOM event an `on_<event>` keyword listens to: `on_click` -> `click`,
    `on_key_down` -> `keydown`, `on_pointer_enter_` -> `pointerenter`."""
    return name[3:].rstrip("_").replace("_", "").lower()


@functools.lru_cache(maxsize=4096)
def check_attribute_name(name: str, tag: str = "") -> str:
    """Return `name` if it is safe to render as an attribute name, else raise ValueError."""
    if not _VALID_NAME.match(name):
        where = f" on <{tag}>" if tag else ""
        raise ValueError(
            f"invalid attribute name {name!r}{where}: attribute names are letters, digits, "
            f"'-', '_', ':' and '.', starting with a letter; pass values, not markup, "
            f"as attribute names"
        )
    return name


def check_attribute_value(name: str, value: Any, tag: str = "") -> None:
    """Raise TypeError for values that have no single honest string form (lists, dicts ...)."""
    if value is None or value is True or value is False:
        return
    if isinstance(value, (str, int, float)):
        return
    if name == "style" and isinstance(value, Mapping):
        return
    if isinstance(value, (list, tuple, set, frozenset, Mapping)):
        kind = type(value).__name__
        hint = (
            " join the class names yourself: class_=' '.join(names)"
            if name == "class"
            else " convert it to a string first"
        )
        raise TypeError(f"attribute {name!r} on <{tag}> got a {kind};{hint}")
    if callable(value):
        raise TypeError(
            f"attribute {name!r} on <{tag}> got a function; event listeners are "
            f"on_<event>= keywords (on_click=self.handle_click)"
        )


def style_text(style: Mapping[str, Any]) -> str:
    """`{"background-color": "red", "width": 3}` -> `background-color:red;width:3;`.

    Keys are CSS property names as written (the browser runtime does the same);
    None/False values are left out.
    """
    parts = []
    for key, value in style.items():
        if value is None or value is False:
            continue
        parts.append(f"{key}:{value};")
    return "".join(parts)


def is_dangerous_url(value: str) -> bool:
    """True when a URL would run script (`javascript:` / `vbscript:`, however obfuscated)."""
    if ":" not in value:
        return False
    cleaned = _URL_NOISE.sub("", value).lower()
    return cleaned.startswith(_BAD_SCHEMES)


def escape_text(text: str) -> str:
    """Escape text for an HTML text node: `&`, `<`, `>`."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(text: str) -> str:
    """Escape text for a double-quoted attribute value: `&`, `<`, `>`, `"`, `'`."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def render_attribute(name: str, value: Any) -> Optional[str]:
    """The value string an attribute renders with, or None when it is absent."""
    if value is None or value is False or is_inline_handler(name, value):
        return None
    if value is True:
        return ""
    if name == "style" and isinstance(value, Mapping):
        text = style_text(value)
    else:
        text = value if type(value) is str else str(value)
    if name in URL_ATTRIBUTES and is_dangerous_url(text):
        return None
    return text
