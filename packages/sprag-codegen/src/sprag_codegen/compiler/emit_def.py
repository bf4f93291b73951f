"""Functions, lambdas and classes: signatures, argument binding, methods, class attributes."""

from __future__ import annotations

import ast
import json
from typing import List, Optional, Tuple

from ..runtime.js_exceptions import EXCEPTION_NAMES
from .context import ClassInfo, Expr, Writer
from .emit_expr import handles as expr_handles
from .emit_stmt import handles
from .emitter import Emitter, FunctionState
from .names import js_ident
from .scopes import Scope

__all__ = ["function_js", "MAPPED_DUNDERS", "py_qualname"]

MAPPED_DUNDERS = {
    "__init__", "__str__", "__repr__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
    "__ge__", "__len__", "__iter__", "__next__", "__contains__", "__getitem__", "__setitem__",
    "__delitem__", "__bool__", "__add__", "__radd__", "__sub__", "__mul__", "__truediv__",
    "__floordiv__", "__mod__", "__neg__", "__abs__", "__call__", "__format__", "__reversed__",
    "__int__", "__float__", "__round__", "__floor__",
    "__enter__", "__exit__", "__aenter__", "__aexit__", "__aiter__", "__anext__", "__hash__", "__post_init__",
    "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
}


def _signature(em: Emitter, node, scope: Scope, skip_self: bool) -> Tuple[dict, List[str]]:
    """The binder signature (JS object literal parts) and the positional JS parameter names."""
    args: ast.arguments = node.args
    posonly = list(getattr(args, "posonlyargs", []))
    positional = posonly + list(args.args)
    if skip_self and positional:
        dropped = positional[0]
        positional = positional[1:]
        if posonly and posonly[0] is dropped:
            posonly = posonly[1:]
    defaults = [em.val(d) for d in args.defaults]
    if skip_self and len(defaults) > len(positional):
        defaults = defaults[1:]
    kwdefaults = {a.arg: em.val(d) for a, d in zip(args.kwonlyargs, args.kw_defaults)
                  if d is not None}
    sig = {
        "n": json.dumps(py_qualname(scope)),
        "p": "[" + ", ".join(json.dumps(a.arg) for a in positional) + "]",
        "d": "[" + ", ".join(defaults) + "]",
        "v": json.dumps(args.vararg.arg) if args.vararg else "null",
        "k": "[" + ", ".join(json.dumps(a.arg) for a in args.kwonlyargs) + "]",
        "kd": "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in kwdefaults.items()) + "}",
        "w": json.dumps(args.kwarg.arg) if args.kwarg else "null",
        "po": str(len(posonly)),
    }
    if skip_self and len(list(getattr(args, "posonlyargs", [])) + list(args.args)) > len(positional):
        sig["m"] = "1"  # the instance/class counts in "takes N positional arguments"
    return sig, [js_ident(a.arg) for a in positional]


_COMP_NAMES = {ast.ListComp: "<listcomp>", ast.SetComp: "<setcomp>", ast.DictComp: "<dictcomp>",
               ast.GeneratorExp: "<genexpr>"}


def _scope_name(scope: Scope) -> str:
    if scope.kind == "lambda":
        return "<lambda>"
    if scope.kind == "comprehension":
        return _COMP_NAMES[type(scope.node)]
    return scope.node.name


def py_qualname(scope: Scope) -> str:
    """CPython's __qualname__ of a function or class (``outer.<locals>.inner``, ``C.m``)."""
    parts = [_scope_name(scope)]
    parent = scope.parent
    while parent is not None and parent.kind != "module":
        parts.append(_scope_name(parent) + ("" if parent.kind == "class" else ".<locals>"))
        parent = parent.parent
    return ".".join(reversed(parts))


def _sig_literal(sig: dict) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in sig.items()) + "}"


def function_js(em: Emitter, node, *, kind: str, js_name: str, class_info: Optional[ClassInfo] = None,
                sig_name: Optional[str] = None) -> Tuple[List[str], Writer, str]:
    """Compile a def/lambda. Returns (lines to emit before it, its body writer, its header).

    kind: "decl" | "expr" | "method" | "static" | "classmethod" | "getter" | "setter" | "ctor".
    """
    scope = em.ctx.scopes[node]
    is_method = kind in ("method", "classmethod", "getter", "setter", "ctor")
    sig, params = _signature(em, node, scope, skip_self=is_method)
    args = node.args
    simple = not (args.vararg or args.kwonlyargs or args.kwarg)
    if simple:  # bound by $bindp, which reads only these fields
        sig = {k: v for k, v in sig.items() if k in ("n", "p", "d", "m") or (k == "po" and v != "0")}
    pre: List[str] = []
    has_defaults = sig["d"] != "[]" or sig.get("kd", "{}") != "{}"
    if sig_name is None:
        sig_ref = _sig_literal(sig)
    else:
        pre.append(f"const {sig_name} = {_sig_literal(sig)};")
        sig_ref = sig_name
    if kind == "expr" and has_defaults:
        sig_ref = "$sig"
    state = FunctionState(scope, class_info=class_info, in_method=is_method or kind == "static",
                          is_constructor=kind == "ctor")
    saved = em.enter(scope, state)
    bind = em.h("$bindp" if simple else "$bind")
    if simple:
        n = len(params)
        if n == 0:
            em.line(f"if (arguments.length) {bind}({sig_ref}, arguments);")
        else:
            em.line(f"if (arguments.length !== {n} || {em.h('$iskw')}({params[-1]})) "
                    f"[{', '.join(params)}] = {bind}({sig_ref}, arguments);")
        js_params = params
    else:
        names = list(params)
        if args.vararg:
            names.append(js_ident(args.vararg.arg))
        names += [js_ident(a.arg) for a in args.kwonlyargs]
        if args.kwarg:
            names.append(js_ident(args.kwarg.arg))
        em.line(f"let [{', '.join(names)}] = {bind}({sig_ref}, $args);")
        js_params = ["...$args"]
    if is_method and scope.self_name:
        self_js = js_ident(scope.self_name)
        if kind == "ctor":
            em.line(f"let {self_js};")
        else:
            em.line(f"const {self_js} = this;")
    body_start = len(em.w.lines)
    decls = _function_decls(em, scope)
    if isinstance(node, ast.Lambda):
        em.line(f"return {em.val(node.body)};")
    else:
        for stmt in node.body:
            em.stmt(stmt)
        if kind == "ctor" and scope.self_name:
            pass
    inner = em.leave(saved)
    names = [js_ident(n) for n in scope.declared() if js_ident(n) not in decls] + state.temps
    if names:
        head = Writer()
        head.loc = inner.lines[0][2] if inner.lines else None
        head.line(f"let {', '.join(names)};")
        inner.lines[body_start:body_start] = head.lines
    star = "*" if scope.is_generator else ""
    is_async = isinstance(node, ast.AsyncFunctionDef)
    asy = "async " if is_async else ""
    plist = ", ".join(js_params)
    if kind in ("decl", "expr"):
        header = f"{asy}function{star} {js_name}({plist}) {{"
    elif kind == "getter":
        header = f"get {js_name}() {{"
    elif kind == "setter":
        header = f"set {js_name}({plist}) {{"
    elif kind == "ctor":
        header = f"constructor({plist}) {{"
    else:
        static = "static " if kind in ("static", "classmethod") else ""
        header = f"{static}{asy}{star}{js_name}({plist}) {{"
    if kind == "expr" and has_defaults:
        pre_expr = _sig_literal(sig)
        return [pre_expr], inner, header
    return pre, inner, header


def _function_decls(em: Emitter, scope: Scope) -> set:
    """Names in this scope emitted as JS function/class declarations (not `let`)."""
    return em.ctx.declared_functions.get(id(scope), set())


def _decorator_name(node: ast.AST) -> Optional[str]:
    from .emit_call import dotted_name

    if isinstance(node, ast.Call):
        node = node.func
    return dotted_name(node)


def apply_decorators(em: Emitter, decorators: List[ast.expr], code: str, what: str) -> str:
    """Wrap compiled function/class code in its decorators (innermost last in source order)."""
    from .emit_call import dialect_handler, intrinsic_call

    for deco in reversed(decorators):
        name = _decorator_name(deco)
        handler = None
        if name:
            key, handler = dialect_handler(em, em.ctx.dialect.decorators, name)
        if handler is not None:
            args = deco.args if isinstance(deco, ast.Call) else []
            kws = deco.keywords if isinstance(deco, ast.Call) else []
            code = intrinsic_call(em, key, handler, deco, args, kws, extra_args=[code])
            continue
        if name in ("staticmethod", "classmethod", "property") and em.is_builtin(name):
            em.fail("SC123", deco, name=name)
        code = f"{em.h('$call')}({em.val(deco)}, {code})"
    return code


def _function_text(header: str, inner: Writer) -> str:
    texts, _ = inner.render()
    return header + " " + " ".join(t.strip() for t in texts) + " }"


def emit_function_lines(em: Emitter, header: str, inner: Writer, prefix: str = "",
                        suffix: str = "") -> None:
    em.line(prefix + header)
    em.w.extend(inner, 1)
    em.line("}" + suffix)


@handles(ast.FunctionDef, ast.AsyncFunctionDef)
def function_def(em: Emitter, node) -> None:
    name = js_ident(node.name)
    declared = node.name in em.ctx.declared_functions.get(id(em.scope), set())
    sig_name = f"{name}$sig"
    if not declared:
        sig_name = em.temp("sig")
        em.fn.temps.remove(sig_name)
    pre, inner, header = function_js(em, node, kind="decl", js_name=name, sig_name=sig_name)
    for p in pre:
        em.line(p)
    if declared:
        emit_function_lines(em, header, inner)
        return
    # A function expression named `name` would bind `name` inside itself: a recursive call
    # must see the variable (a decorator or a later assignment may rebind it), so the function
    # gets its name from an object property instead.
    header = header.replace(f" {name}(", " (", 1)
    wrap, unwrap = f"{{ {name}: ", f" }}.{name};"
    if node.decorator_list:
        raw = em.temp("f")
        emit_function_lines(em, header, inner, prefix=f"{raw} = {wrap}", suffix=unwrap)
        em.line(f"{name} = {apply_decorators(em, node.decorator_list, raw, 'function')};")
        return
    emit_function_lines(em, header, inner, prefix=f"{name} = {wrap}", suffix=unwrap)


@expr_handles(ast.Lambda)
def lambda_(em: Emitter, node: ast.Lambda) -> Expr:
    pre, inner, header = function_js(em, node, kind="expr", js_name="")
    text = _function_text(header, inner)
    if pre:
        return Expr(f"(($sig) => {text})({pre[0]})")
    return Expr(f"({text})")


# -- classes --------------------------------------------------------------------------------
@handles(ast.ClassDef)
def class_def(em: Emitter, node: ast.ClassDef) -> None:
    from .emit_class import emit_class

    emit_class(em, node)


def base_kind(em: Emitter, base: ast.expr) -> Tuple[str, str]:
    """('compiled'|'exception'|'dialect'|'runtime', JS expression) for a base class."""
    from .emit_call import dotted_name, qualified

    dotted = dotted_name(base)
    if isinstance(base, ast.Name) and em.is_builtin(base.id) and base.id in EXCEPTION_NAMES:
        return "exception", em.h("$" + base.id)
    if isinstance(base, ast.Name) and base.id in em.ctx.classes and em.owner_of(base.id) is not None \
            and em.owner_of(base.id).kind == "module":
        return "compiled", em.val(base)
    if dotted:
        q = qualified(em, dotted) or dotted
        if q in em.ctx.dialect.base_classes or dotted in em.ctx.dialect.base_classes:
            return "dialect", em.val(base)
    return "runtime", em.val(base)
