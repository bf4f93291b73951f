"""Lowering of timers (`self.timeout/interval`: seconds -> ms) and of the ragot decorators."""

from __future__ import annotations

import ast
import json
from typing import Any, Callable, Dict, List, Optional

from sprag_codegen.dialect import IntrinsicCall

__all__ = ["timer_lowerings", "decorator_lowerings", "runtime_names"]

_MISSING = object()

# Python name exported by `ragot` -> (runtime file, JS export).
RUNTIME_NAMES: Dict[str, tuple] = {
    "Component": ("component.js", "Component"),
    "Module": ("module.js", "Module"),
    "debounce": ("timing.js", "debounce"),
    "throttle": ("timing.js", "throttle"),
    "animate": ("animate.js", "animate"),
    "virtual_scroll": ("virtual.js", "virtualScroll"),
    "infinite_scroll": ("infinite.js", "infiniteScroll"),
    # `name = ref(selector)` as a class attribute: a lazy `self.element.querySelector`
    "ref": ("ref.js", "ref"),
}


def runtime_names(base: str) -> Dict[str, tuple]:
    """`ImportBinding.names` for `from ragot import ...` with the runtime under `base`."""
    names = {py: (f"{base}/{file}", export) for py, (file, export) in RUNTIME_NAMES.items()}
    # `ui` is lowered call by call (intrinsics); the binding only makes a stray import valid.
    names["ui"] = (f"{base}/vdom.js", "h")
    return names


def _fail(call: IntrinsicCall, message: str, hint: str = "") -> Any:
    err = call.error(message, hint)
    if isinstance(err, BaseException):
        raise err
    raise RuntimeError(message)  # pragma: no cover


def _decorator_args(call: IntrinsicCall) -> List[ast.AST]:
    node = call.node
    if isinstance(node, ast.Call):
        return list(node.args)
    return []


def _literal_number(node: Optional[ast.AST]) -> Any:
    if node is None:
        return _MISSING
    try:
        value = ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        return _MISSING
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _MISSING
    return value


def _ms(js: str, literal: Any) -> str:
    """Seconds (compiled JS, or a literal known at compile time) -> milliseconds."""
    if literal is not _MISSING:
        ms = literal * 1000
        return repr(int(ms)) if float(ms).is_integer() else repr(ms)
    return f"(+({js}) * 1000)"


def _timer(method: str) -> Callable[[IntrinsicCall], str]:
    js_method = {"timeout": "timeout", "interval": "interval"}[method]

    def lower(call: IntrinsicCall) -> str:
        kw = dict(call.kwargs)
        args = list(call.args)
        fn = args[0] if args else kw.get("fn")
        seconds = args[1] if len(args) > 1 else kw.get("seconds")
        if fn is None or seconds is None or call.star_args or call.star_kwargs:
            _fail(
                call,
                f"self.{method}() takes a function and a number of seconds",
                f"self.{method}(self.tick, 0.5)",
            )
        node_args = call.node.args if isinstance(call.node, ast.Call) else []
        literal = _literal_number(node_args[1]) if len(node_args) > 1 else _MISSING
        if literal is _MISSING and "seconds" in kw and isinstance(call.node, ast.Call):
            for k in call.node.keywords:
                if k.arg == "seconds":
                    literal = _literal_number(k.value)
        if literal is not _MISSING and literal < 0:
            _fail(call, f"self.{method}() got {literal} seconds; delays are >= 0")
        return f"{_receiver(call)}.{js_method}({fn}, {_ms(seconds, literal)})"

    return lower


def _receiver(call: IntrinsicCall) -> str:
    """The JS for the method's `self` (compiled methods bind it: `const self = this`)."""
    node = call.node
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if isinstance(node.func.value, ast.Name):
            return node.func.value.id
    return "this"


def timer_lowerings() -> Dict[str, Callable[[IntrinsicCall], str]]:
    """`self.timeout(fn, seconds)` / `self.interval(fn, seconds)` -> the runtime's ms timers."""
    return {"self.timeout": _timer("timeout"), "self.interval": _timer("interval")}


def _options(call: IntrinsicCall, skip: tuple = ()) -> str:
    """Decorator keywords as a JS object with camelCase keys."""
    from .names import attribute_name

    parts = [f"{json.dumps(attribute_name(k))}: {v}" for k, v in call.kwargs if k not in skip]
    return "{" + ", ".join(parts) + "}"


def _timing(name: str, base: str) -> Callable[[IntrinsicCall], str]:
    def lower(call: IntrinsicCall) -> str:
        fn = call.args[0]
        extra = call.args[1:]
        kw = dict(call.kwargs)
        seconds = extra[0] if extra else kw.get("seconds")
        if seconds is None:
            _fail(call, f"@{name}() needs a delay in seconds", f"@{name}(0.3)")
        node_args = _decorator_args(call)
        literal = _literal_number(node_args[0]) if node_args else _MISSING
        wrap = call.require(base + "/timing.js", name)
        return f"{wrap}({fn}, {_ms(seconds, literal)})"

    return lower


def _with_options(name: str, file: str, export: str, base: str) -> Callable[[IntrinsicCall], str]:
    """`@name(k=v, ...)` -> `export({k: v, ...})(target)` (the runtime's decorator factories)."""

    def lower(call: IntrinsicCall) -> str:
        target = call.args[0]
        if len(call.args) > 1:
            _fail(call, f"@{name}() takes keyword options only", f"@{name}(...=...)")
        factory = call.require(f"{base}/{file}", export)
        return f"{factory}({_options(call)})({target})"

    return lower


def decorator_lowerings(base: str) -> Dict[str, Callable[[IntrinsicCall], str]]:
    """`@debounce(s)` `@throttle(s)` `@animate(...)` `@virtual_scroll(...)` `@infinite_scroll(...)`."""
    table = {
        "debounce": _timing("debounce", base),
        "throttle": _timing("throttle", base),
        "animate": _with_options("animate", "animate.js", "animate", base),
        "virtual_scroll": _with_options("virtual_scroll", "virtual.js", "virtualScroll", base),
        "infinite_scroll": _with_options("infinite_scroll", "infinite.js", "infiniteScroll", base),
    }
    # Registered under the bare and the qualified name: `@debounce(...)` and `@ragot.debounce(...)`.
    return {**table, **{f"ragot.{k}": v for k, v in table.items()}}
