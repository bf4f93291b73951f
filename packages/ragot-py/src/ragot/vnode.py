"""Light virtual nodes built by `ui`: elements, fragments and raw HTML.

Children are normalised once, when the node is built (contracts.md section 3): None/True/False
are skipped, lists, tuples and generators are flattened, numbers become their `str()`, strings
stay text (escaped when rendered). Attributes are stored under their final HTML names.
"""

from __future__ import annotations

import types
from typing import Any, Callable, Dict, Iterable, List, Optional, Union

from .attrs import (
    attribute_name,
    check_attribute_name,
    check_attribute_value,
    event_name,
    is_event_attribute,
)
from .tags import VOID_TAGS

__all__ = ["VNode", "Fragment", "Raw", "Child", "normalize_children"]

# Python keyword -> validated HTML attribute name (never holds `key` or `on_*`).
_ATTRIBUTE_NAMES: Dict[str, str] = {}


class Raw:
    """Markup inserted verbatim (`ui.HTML(raw)`): never escaped, so never pass it user input."""

    __slots__ = ("html", "key")

    def __init__(self, html: str, key: Any = None) -> None:
        if not isinstance(html, str):
            raise TypeError(f"ui.HTML() takes a str of markup, got {type(html).__name__}")
        self.html = html
        self.key = key

    def __repr__(self) -> str:
        return f"ui.HTML({self.html!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Raw) and other.html == self.html and other.key == self.key

    __hash__ = None  # type: ignore[assignment]


class VNode:
    """An element: `tag`, `attrs` (final names, in the order given), `children`, `key`,
    `events` (`{event: listener}` or None) and `ref` (the name it takes in `component.refs`)."""

    __slots__ = ("tag", "attrs", "children", "key", "events", "ref")

    def __init__(
        self,
        tag: str,
        attrs: Optional[Dict[str, Any]] = None,
        children: Iterable[Any] = (),
        key: Any = None,
        events: Optional[Dict[str, Callable[..., Any]]] = None,
    ) -> None:
        self.tag = tag
        self.attrs = attrs if attrs is not None else {}
        self.children = children if type(children) is list else normalize_children(children)
        self.key = key
        self.events = events
        self.ref = None
        if self.children and tag in VOID_TAGS:
            raise ValueError(f"<{tag}> is a void element and cannot have children")

    @classmethod
    def build(cls, tag: str, children: tuple, kwargs: Dict[str, Any]) -> VNode:
        """Build from `ui.<tag>(*children, **kwargs)`: normalise names, split key and listeners."""
        attrs: Dict[str, Any] = {}
        key = None
        ref = None
        events = None
        names = _ATTRIBUTE_NAMES
        for name, value in kwargs.items():
            final = names.get(name)
            if final is None:
                if name == "key":
                    key = value
                    continue
                if name == "ref":
                    ref = value
                    continue
                if is_event_attribute(name):
                    if value is None:
                        continue
                    if not callable(value):
                        raise TypeError(
                            f"{name}= on <{tag}> must be a function (an event listener), "
                            f"got {type(value).__name__}"
                        )
                    if events is None:
                        events = {}
                    events[event_name(name)] = value
                    continue
                final = check_attribute_name(attribute_name(name), tag)
                if len(names) < 4096:
                    names[name] = final
            kind = type(value)
            if kind is not str and kind is not int and kind is not bool and value is not None:
                check_attribute_value(final, value, tag)
            attrs[final] = value
        node = cls.__new__(cls)
        node.tag = tag
        node.attrs = attrs
        if children:
            skipped = False
            for child in children:  # the common case: elements, strings and Nones
                kind = type(child)
                if kind is str or kind is VNode:
                    continue
                if child is None:
                    skipped = True
                    continue
                node.children = normalize_children(children)
                break
            else:
                node.children = [c for c in children if c is not None] if skipped else list(children)
        else:
            node.children = []
        node.key = key
        node.events = events
        node.ref = ref
        if node.children and tag in VOID_TAGS:
            raise ValueError(f"<{tag}> is a void element and cannot have children")
        return node

    def with_key(self, key: Any) -> VNode:
        """This node with `key` (a copy when it already has a different key)."""
        if self.key == key:
            return self
        if self.key is None:
            self.key = key
            return self
        node = VNode(self.tag, self.attrs, self.children, key, self.events)
        node.ref = self.ref
        return node

    def __repr__(self) -> str:
        parts = [repr(c) for c in self.children]
        parts += [f"{k}={v!r}" for k, v in self.attrs.items()]
        if self.key is not None:
            parts.append(f"key={self.key!r}")
        return f"ui.{self.tag}({', '.join(parts)})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, VNode)
            and other.tag == self.tag
            and other.key == self.key
            and other.attrs == self.attrs
            and other.children == self.children
        )

    __hash__ = None  # type: ignore[assignment]


class Fragment:
    """Children without a wrapping element (`ui.Fragment(*children)`, `ui.For(...)`)."""

    __slots__ = ("children", "key")

    def __init__(self, *children: Any, key: Any = None) -> None:
        self.children = normalize_children(children)
        self.key = key

    def with_key(self, key: Any) -> Fragment:
        if self.key == key:
            return self
        frag = Fragment(key=key)
        frag.children = self.children
        return frag

    def __repr__(self) -> str:
        return f"ui.Fragment({', '.join(repr(c) for c in self.children)})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Fragment)
            and other.key == self.key
            and other.children == self.children
        )

    __hash__ = None  # type: ignore[assignment]


Child = Union[VNode, Fragment, Raw, str]

_FLATTEN = (list, tuple, types.GeneratorType, map, filter)
_NODES = (VNode, Fragment, Raw)


def normalize_children(children: Iterable[Any]) -> List[Child]:
    """Flatten and clean a children sequence per contracts.md section 3."""
    out: List[Child] = []
    _append_children(children, out)
    return out


def _append_children(children: Iterable[Any], out: List[Child]) -> None:
    append = out.append
    for child in children:
        kind = type(child)
        if kind is str or kind is VNode:
            append(child)
        elif child is None or child is True or child is False:
            continue
        elif kind is int or kind is float:
            append(str(child))
        elif isinstance(child, _NODES):
            append(child)
        elif isinstance(child, _FLATTEN):
            _append_children(child, out)
        elif isinstance(child, str):
            append(str(child))
        elif isinstance(child, (int, float)):
            append(str(child))
        else:
            _reject_child(child)


def _reject_child(child: Any) -> None:
    kind = type(child).__name__
    if isinstance(child, dict):
        raise TypeError(
            "a dict is not a child element; pass attributes as keywords: "
            "ui.div(*children, class_='x') or ui.div(*children, **attrs)"
        )
    render = getattr(child, "render", None)
    if callable(render):
        raise TypeError(
            f"a {kind} instance is not a child element; use its render() output: "
            f"ui.div(card.render())"
        )
    raise TypeError(
        f"a {kind} is not a child element; children are ui elements, strings, numbers, "
        f"None/True/False (skipped) or lists of them; convert it with str() first"
    )
