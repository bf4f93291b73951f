"""HTML and SVG tag names: which `ui.<name>` builders exist and how a Python name maps to a tag."""

from __future__ import annotations

import keyword
import re
from typing import Optional

__all__ = [
    "HTML_TAGS",
    "SVG_TAGS",
    "VOID_TAGS",
    "RAW_TEXT_TAGS",
    "resolve_tag",
    "tag_for_name",
]

HTML_TAGS = frozenset(
    """
    a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
    caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe
    img input ins kbd label legend li link main map mark math menu meta meter nav noscript object
    ol optgroup option output p param picture pre progress q rp rt ruby s samp script search
    section select slot small source span strong style sub summary sup table tbody td template
    textarea tfoot th thead time title tr track u ul var video wbr
    """.split()
)

SVG_TAGS = frozenset(
    """
    svg animate animateMotion animateTransform circle clipPath defs desc ellipse feBlend
    feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
    feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
    feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight
    feSpecularLighting feSpotLight feTile feTurbulence filter foreignObject g image line
    linearGradient marker mask metadata mpath path pattern polygon polyline radialGradient rect
    set stop switch symbol text textPath tspan use view
    """.split()
)

# Elements that never have children or a closing tag.
VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)

# Elements whose text the HTML parser does not decode: rendered verbatim, never escaped.
RAW_TEXT_TAGS = frozenset(("script", "style"))

_ALL_TAGS = HTML_TAGS | SVG_TAGS


def _snake(name: str) -> str:
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)


# `ui.clip_path` -> clipPath, `ui.fe_gaussian_blur` -> feGaussianBlur.
_SNAKE_ALIASES = {_snake(t): t for t in SVG_TAGS if t != t.lower()}

_CUSTOM_ELEMENT = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$")
_RESERVED_CUSTOM = frozenset(
    """
    annotation-xml color-profile font-face font-face-src font-face-uri font-face-format
    font-face-name missing-glyph
    """.split()
)


def tag_for_name(name: str) -> Optional[str]:
    """The tag a `ui.<name>` attribute builds, or None when `name` names no element.

    Known HTML/SVG tags map to themselves (a trailing `_` is dropped so keywords such as
    `del_` work); snake_case SVG names map to their camelCase tag; any other lowercase name
    with `_` is a custom element (`my_widget` -> `my-widget`).
    """
    if name.endswith("_") and not name.endswith("__"):
        name = name[:-1]
    if name in _ALL_TAGS:
        return name
    if name in _SNAKE_ALIASES:
        return _SNAKE_ALIASES[name]
    dashed = name.replace("_", "-")
    if _CUSTOM_ELEMENT.match(dashed) and dashed not in _RESERVED_CUSTOM:
        return dashed
    return None


def resolve_tag(name: str) -> str:
    """Like `tag_for_name`, but raise AttributeError with a hint for a name that is no element."""
    tag = tag_for_name(name)
    if tag is not None:
        return tag
    import difflib  # only for the error's suggestions

    close = difflib.get_close_matches(name, sorted(_ALL_TAGS | set(_SNAKE_ALIASES)), n=3)
    hint = f" Did you mean {', '.join('ui.' + c for c in close)}?" if close else ""
    if keyword.iskeyword(name):
        hint = f" Python keywords take a trailing underscore: ui.{name}_."
    raise AttributeError(
        f"ui.{name} is not an HTML or SVG tag.{hint} Custom elements need a dash, "
        f"written with an underscore: ui.my_widget builds <my-widget>."
    )
