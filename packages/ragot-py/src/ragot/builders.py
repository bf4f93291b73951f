"""`ui`: one builder per HTML and SVG tag, plus HTML, Fragment, For, Grid and LazyImage.

    from ragot import ui
    ui.div(ui.span("hi", class_="greet"), data_role="box")   # -> a VNode

`ui.<tag>(*children, **attrs)` builds a light `VNode`; see `ragot.attrs` for how keywords
become attributes and `ragot.vnode` for the children rules. The same calls compile to the JS
runtime's `h()` through the ragot dialect.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Optional, Union

from .tags import resolve_tag
from .vnode import Fragment, Raw, VNode

__all__ = ["ui", "UI", "HTML", "For", "Grid", "LazyImage", "builder"]


def HTML(raw: str) -> Raw:  # noqa: N802 - a ui primitive, named like the element builders' peers
    """Raw markup, inserted without escaping. Never pass it text that came from a user."""
    return Raw(raw)


def For(  # noqa: N802
    items: Iterable[Any],
    key: Optional[Callable[[Any], Any]] = None,
    render: Optional[Callable[[Any], Any]] = None,
) -> Fragment:
    """A keyed list: `render(item)` for each item, keyed by `key(item)`.

    Keys let the browser move rows instead of re-creating them; they must be unique.
    """
    if render is None:
        raise TypeError("ui.For() needs render=: ui.For(items, key=lambda r: r['id'], render=row)")
    children = []
    seen = set()
    for item in items:
        node = render(item)
        if key is not None:
            k = key(item)
            if k is None:
                raise ValueError(f"ui.For(): key() returned None for {item!r}; keys must be set")
            try:
                duplicate = k in seen
                seen.add(k)
            except TypeError:
                raise TypeError(
                    f"ui.For(): key() returned an unhashable {type(k).__name__}; "
                    f"return a str or an int"
                ) from None
            if duplicate:
                raise ValueError(f"ui.For(): duplicate key {k!r}; keys must be unique")
            if not isinstance(node, (VNode, Fragment, Raw)):
                raise TypeError(
                    f"ui.For(): render() must return a ui element to carry key {k!r}, "
                    f"got {type(node).__name__}"
                )
            node = node.with_key(k) if not isinstance(node, Raw) else Raw(node.html, k)
        children.append(node)
    return Fragment(*children)


def Grid(  # noqa: N802
    *children: Any,
    columns: Union[int, str, None] = None,
    gap: Union[int, str, None] = None,
    min_width: Union[int, str, None] = None,
    **attrs: Any,
) -> VNode:
    """A CSS grid `<div>`: `columns=3` (equal columns), `columns="1fr 2fr"` (a template),
    or `min_width="12rem"` (as many columns as fit); `gap` in px when a number."""
    style: Dict[str, Any] = {"display": "grid"}
    if min_width is not None:
        style["grid-template-columns"] = f"repeat(auto-fill,minmax({_length(min_width)},1fr))"
    elif isinstance(columns, int) and not isinstance(columns, bool):
        if columns < 1:
            raise ValueError(f"ui.Grid(columns=) must be at least 1, got {columns}")
        style["grid-template-columns"] = f"repeat({columns},minmax(0,1fr))"
    elif columns is not None:
        style["grid-template-columns"] = str(columns)
    if gap is not None:
        style["gap"] = _length(gap)
    user = attrs.pop("style", None)
    if isinstance(user, dict):
        style.update(user)
    elif user:
        from .attrs import style_text

        return VNode.build("div", children, {**attrs, "style": style_text(style) + str(user)})
    return VNode.build("div", children, {**attrs, "style": style})


def LazyImage(  # noqa: N802
    src: str,
    placeholder: Optional[str] = None,
    **attrs: Any,
) -> VNode:
    """An `<img>` that loads `src` when scrolled near: `<img src=placeholder data-src=src ...>`
    (no `src` without a placeholder); the runtime swaps `data-src` in."""
    kwargs: Dict[str, Any] = {}
    if placeholder is not None:
        kwargs["src"] = placeholder
    kwargs["data_src"] = src
    kwargs.update(attrs)
    return VNode.build("img", (), kwargs)


def _length(value: Union[int, float, str]) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value}px"
    return str(value)


def builder(tag: str) -> Callable[..., VNode]:
    """The `ui.<tag>` function for an already-resolved tag name."""

    make = VNode.build  # bound once: every call saves the class attribute lookup

    def build(*children: Any, **attrs: Any) -> VNode:
        return make(tag, children, attrs)

    build.__name__ = build.__qualname__ = tag
    build.__doc__ = f"Build a <{tag}> element: ui.{tag}(*children, **attrs)."
    return build


class UI:
    """The `ui` namespace: `ui.div(...)`, `ui.svg(...)`, `ui.my_widget(...)`, `ui.For(...)` ..."""

    HTML = staticmethod(HTML)
    Fragment = Fragment
    For = staticmethod(For)
    Grid = staticmethod(Grid)
    LazyImage = staticmethod(LazyImage)

    def __getattr__(self, name: str) -> Callable[..., VNode]:
        if name.startswith("__"):
            raise AttributeError(name)
        fn = builder(resolve_tag(name))
        setattr(self, name, fn)  # later lookups are plain attribute reads
        return fn

    def __dir__(self) -> list:
        from .tags import HTML_TAGS, SVG_TAGS

        return sorted({"HTML", "Fragment", "For", "Grid", "LazyImage"} | HTML_TAGS | SVG_TAGS)

    def __repr__(self) -> str:
        return "<ragot.ui: HTML and SVG element builders>"


ui = UI()
