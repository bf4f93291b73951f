"""Lowering of `ui.*` calls to the runtime's `h(tag, attrs, children)` (contracts.md section 3).

Literal keywords are normalised here, at compile time, with the same rules SSR uses, so both
runtimes produce the same markup; `**attrs` spreads are normalised by `h` at run time.
"""

from __future__ import annotations

import ast
import json
from typing import Any, Callable, List, Optional, Tuple

from sprag_codegen.dialect import IntrinsicCall

from ..attrs import (
    URL_ATTRIBUTES,
    attribute_name,
    check_attribute_name,
    check_attribute_value,
    event_name,
    is_dangerous_url,
    is_event_attribute,
    style_text,
)
from ..builders import Grid
from ..tags import VOID_TAGS, resolve_tag

__all__ = ["element_lowerings"]

_MISSING = object()


def _fail(call: IntrinsicCall, message: str, hint: str = "") -> Any:
    err = call.error(message, hint)
    if isinstance(err, BaseException):
        raise err
    raise RuntimeError(message)  # pragma: no cover - call.error always raises or returns one


def _js(value: str) -> str:
    return json.dumps(value)


def _literal(call: IntrinsicCall, name: str) -> Any:
    return (call.literal_kwargs or {}).get(name, _MISSING)


def _arg_nodes(call: IntrinsicCall) -> List[ast.AST]:
    node = call.node
    if isinstance(node, ast.Call):
        return [a for a in node.args if not isinstance(a, ast.Starred)]
    return []


def _needs_array(node: ast.AST) -> bool:
    """Generators and map/filter objects are flattened in Python; `h` flattens arrays only."""
    if isinstance(node, ast.GeneratorExp):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("map", "filter", "reversed", "zip", "enumerate")
    )


def _children(call: IntrinsicCall, args: Optional[List[str]] = None) -> str:
    args = call.args if args is None else args
    nodes = _arg_nodes(call)
    items = []
    for i, js in enumerate(args):
        node = nodes[i] if i < len(nodes) else None
        if node is not None and _needs_array(node):
            js = f"Array.from({js})"
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
            js = _js(str(node.value))  # Python's str(): ui.span(2.0) shows "2.0" on both sides
        items.append(js)
    items += [f"...{s}" for s in call.star_args]
    return "[" + ", ".join(items) + "]"


def _attr_entries(
    call: IntrinsicCall, tag: str, kwargs: List[Tuple[str, str]]
) -> List[Tuple[str, str]]:
    entries: List[Tuple[str, str]] = []
    for name, js in kwargs:
        if name in ("key", "ref"):
            entries.append((name, js))
            continue
        if is_event_attribute(name):
            entries.append(("on_" + event_name(name), js))
            continue
        try:
            final = check_attribute_name(attribute_name(name), tag)
        except ValueError as exc:
            _fail(call, str(exc), "use letters, digits and '_' in attribute keywords")
        value = _literal(call, name)
        if value is not _MISSING:
            try:
                check_attribute_value(final, value, tag)
            except TypeError as exc:
                _fail(call, str(exc), "compute the string in Python first")
            if final in URL_ATTRIBUTES and isinstance(value, str) and is_dangerous_url(value):
                _fail(
                    call,
                    f"{final}= on <{tag}> is a javascript: URL, which ragot never renders",
                    "handle the click with on_click=self.method instead",
                )
        entries.append((final, js))
    return entries


def _keyed(call: IntrinsicCall, base: str) -> None:
    """Pull in keyed.js: this code keys children (key=, ui.For(key=), or **attrs that may)."""
    call.require(base + "/keyed.js", "keyed")


def _attrs_object(call: IntrinsicCall, entries: List[Tuple[str, str]], base: str) -> str:
    if call.star_kwargs or any(k == "key" for k, _ in entries):
        _keyed(call, base)
    body = ", ".join(f"{_js(k)}: {v}" for k, v in entries)
    obj = "{" + body + "}" if entries else "null"
    if call.star_kwargs:
        to_plain = call.require(base + "/plain.js", "toPlain")
        spreads = ", ".join(f"{to_plain}({s})" for s in call.star_kwargs)
        obj = f"Object.assign({{{body}}}, {spreads})"
    return obj


def _h(call: IntrinsicCall, base: str) -> str:
    return call.require(base + "/vdom.js", "h")


def _element(base: str) -> Callable[[IntrinsicCall], str]:
    def lower(call: IntrinsicCall) -> str:
        short = call.name.split(".", 1)[1]
        try:
            tag = resolve_tag(short)
        except AttributeError as exc:
            _fail(call, str(exc).split(" Did you mean")[0], _suggestion(str(exc)))
        children = _children(call)
        if tag in VOID_TAGS and children != "[]":
            _fail(call, f"<{tag}> is a void element and cannot have children")
        attrs = _attrs_object(call, _attr_entries(call, tag, call.kwargs), base)
        return f"{_h(call, base)}({_js(tag)}, {attrs}, {children})"

    return lower


def _suggestion(message: str) -> str:
    if " Did you mean" in message:
        return "did you mean" + message.split(" Did you mean", 1)[1].split("?")[0] + "?"
    return "custom elements need a dash, written with '_': ui.my_widget -> <my-widget>"


def _html(base: str) -> Callable[[IntrinsicCall], str]:
    def lower(call: IntrinsicCall) -> str:
        if len(call.args) != 1 or call.kwargs or call.star_args:
            _fail(call, "ui.HTML() takes exactly one string of markup", "ui.HTML(markup)")
        return f"{call.require(base + '/vdom.js', 'html')}({call.args[0]})"

    return lower


def _fragment(base: str) -> Callable[[IntrinsicCall], str]:
    def lower(call: IntrinsicCall) -> str:
        if call.kwargs or call.star_kwargs:
            _fail(call, "ui.Fragment() takes children only", "ui.Fragment(*children)")
        frag = call.require(base + "/vdom.js", "Fragment")
        return f"{_h(call, base)}({frag}, null, {_children(call)})"

    return lower


def _for(base: str) -> Callable[[IntrinsicCall], str]:
    def lower(call: IntrinsicCall) -> str:
        kw = dict(call.kwargs)
        args = list(call.args)
        items = args[0] if args else kw.get("items")
        key = args[1] if len(args) > 1 else kw.get("key")
        render = args[2] if len(args) > 2 else kw.get("render")
        if items is None or render is None:
            _fail(call, "ui.For() needs items and render=", "ui.For(rows, key=fn, render=fn)")
        frag = call.require(base + "/vdom.js", "Fragment")
        to_plain = call.require(base + "/plain.js", "toPlain")
        iterable = call.helper("$iterable")
        if key:
            _keyed(call, base)
        keyed = (
            "if (v && typeof v === 'object' && !Array.isArray(v)) v.key = toKey(x); " if key else ""
        )
        key_fn = f"const toKey = (x) => {to_plain}(k(x)); " if key else ""
        body = (
            f"((r, k) => {{ {key_fn}return Array.from({iterable}({items}), "
            f"(x) => {{ const v = r(x); {keyed}return v; }}); }})({render}, {key or 'null'})"
        )
        return f"{_h(call, base)}({frag}, null, {body})"

    return lower


def _grid(base: str) -> Callable[[IntrinsicCall], str]:
    def lower(call: IntrinsicCall) -> str:
        options = {}
        for name in ("columns", "gap", "min_width"):
            if name in dict(call.kwargs):
                value = _literal(call, name)
                if value is _MISSING:
                    _fail(
                        call,
                        f"ui.Grid({name}=) must be a literal in browser code",
                        "write the number or string inline, or build the style yourself",
                    )
                options[name] = value
        try:
            style = Grid(**options).attrs["style"]
        except (TypeError, ValueError) as exc:
            _fail(call, str(exc))
        rest = [(k, v) for k, v in call.kwargs if k not in options]
        user_style = _literal(call, "style")
        if "style" in dict(rest):
            if not isinstance(user_style, dict):
                _fail(call, "ui.Grid(style=) must be a literal dict in browser code")
            style.update(user_style)
            rest = [(k, v) for k, v in rest if k != "style"]
        entries = [("style", _js(style_text(style)))] + _attr_entries(call, "div", rest)
        return f'{_h(call, base)}("div", {_attrs_object(call, entries, base)}, {_children(call)})'

    return lower


def _lazy_image(base: str) -> Callable[[IntrinsicCall], str]:
    """`ui.LazyImage(src, placeholder=, **attrs)` -> the runtime's `LazyImage(src, {...})`,
    which renders the same `<img>` as SSR and starts the page's lazy-image watcher."""

    def lower(call: IntrinsicCall) -> str:
        kw = dict(call.kwargs)
        args = list(call.args)
        src = args[0] if args else kw.get("src")
        if src is None or len(args) > 2 or call.star_args:
            _fail(
                call,
                "ui.LazyImage() takes src, then placeholder=",
                "ui.LazyImage(src, placeholder=...)",
            )
        entries = [("placeholder", args[1])] if len(args) > 1 else []
        for name, js in call.kwargs:
            if name == "src":
                continue
            if name == "placeholder":
                entries.append((name, js))
            else:
                entries += _attr_entries(call, "img", [(name, js)])
        lazy = call.require(base + "/lazy.js", "LazyImage")
        return f"{lazy}({src}, {_attrs_object(call, entries, base)})"

    return lower


def element_lowerings(base: str) -> dict:
    """Intrinsics for `ui.*` with the runtime served under `base`."""
    return {
        "ui.*": _element(base),
        "ui.HTML": _html(base),
        "ui.Fragment": _fragment(base),
        "ui.For": _for(base),
        "ui.Grid": _grid(base),
        "ui.LazyImage": _lazy_image(base),
    }
