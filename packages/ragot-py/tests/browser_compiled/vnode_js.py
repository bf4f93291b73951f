"""Write a Python `ui` tree as the equivalent JS `h(...)` expression (for the parity tests)."""

from __future__ import annotations

import json
from typing import Any

from ragot.vnode import Fragment, Raw, VNode


def to_js(node: Any) -> str:
    """`ui.div("a", class_="x")` -> `R.h("div", {"class": "x"}, ["a"])`."""
    if isinstance(node, str):
        return json.dumps(node)
    if isinstance(node, Raw):
        return f"R.html({json.dumps(node.html)})"
    if isinstance(node, Fragment):
        return "R.h(R.Fragment, null, [" + ", ".join(to_js(c) for c in node.children) + "])"
    if isinstance(node, list):
        return "[" + ", ".join(to_js(c) for c in node) + "]"
    assert isinstance(node, VNode), node
    attrs = {}
    if node.key is not None:
        attrs["key"] = node.key
    attrs.update(node.attrs)
    body = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in attrs.items())
    children = ", ".join(to_js(c) for c in node.children)
    return f"R.h({json.dumps(node.tag)}, {{{body}}}, [{children}])"
