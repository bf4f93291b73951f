"""Calls: builtins, compiled functions and classes, methods, super(), intrinsics, keywords."""

from __future__ import annotations

import ast
import json
from typing import List, Optional

from ..dialect import IntrinsicCall
from ..runtime.js_exceptions import EXCEPTION_NAMES
from ..runtime.js_methods import ALL_METHOD_NAMES
from .context import Abort, Expr
from .emit_attr import METHOD_TABLES, lookup_helper, method_helper, module_of
from .emit_expr import handles
from .emitter import Emitter

__all__ = ["call_args", "dotted_name"]


def is_as_is(em: Emitter, node: ast.AST) -> bool:
    """``as_is(x)`` (sprag_codegen.interop): identity in Python, a marker at a foreign call."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in em.ctx.as_is_names and em.owner_of(node.func.id) is not None
            and em.owner_of(node.func.id).kind == "module")


def call_args(em: Emitter, node: ast.Call, foreign: bool = False) -> List[str]:
    """Positional args (with spreads) and, when there are keywords, a trailing keyword object.

    foreign: the call may reach foreign JS, so ``as_is(x)`` arguments keep their marker."""
    args = []
    for a in node.args:
        if isinstance(a, ast.Starred):
            args.append(f"...{em.h('$iterable')}({em.val(a.value)})")
        elif foreign and is_as_is(em, a) and len(a.args) == 1:
            args.append(f"new {em.h('$AsIs')}({em.val(a.args[0])})")
        else:
            args.append(em.val(a))
    named, spreads = [], []
    for kw in node.keywords:
        if kw.arg is None:
            spreads.append(em.val(kw.value))
        else:
            named.append(f"{kw.arg}: {em.val(kw.value)}")
    if spreads:
        fname = json.dumps(_function_str(em, node.func))
        args.append(f"{em.h('$kwobj')}({fname}, {{{', '.join(named)}}}, {', '.join(spreads)})")
    elif named:
        args.append(f"{{{', '.join(named)}, [{em.h('$KW')}]: true}}")
    return args


def _function_str(em: Emitter, func: ast.AST) -> str:
    """How CPython names a callee in argument errors: ``__main__.C.m``, ``print``."""
    from .emit_def import py_qualname

    if isinstance(func, ast.Name):
        owner = em.owner_of(func.id)
        if owner is None:
            return func.id
        for node, scope in em.ctx.scopes.items():
            if scope.parent is owner and getattr(node, "name", None) == func.id \
                    and scope.kind in ("function", "class"):
                return "__main__." + py_qualname(scope)
        return func.id
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in em.scope_self_names():
            scope = em.scope
            while scope is not None and scope.kind != "class":
                scope = scope.parent
            if scope is not None and func.attr in em.ctx.method_names:
                return f"__main__.{py_qualname(scope)}.{func.attr}"
        return func.attr
    return "function"


def dotted_name(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted_name(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def qualified(em: Emitter, dotted: str) -> Optional[str]:
    """The import-qualified spelling of a dotted name (`ui.div` -> `ragot.ui.div`)."""
    head, _, rest = dotted.partition(".")
    origin = em.ctx.import_origins.get(head)
    if origin is None or em.owner_of(head) is None or em.owner_of(head).kind != "module":
        return None
    module, name = origin
    full = module + ("." + name if name else "")
    return full + ("." + rest if rest else "")


def dialect_handler(em: Emitter, table, dotted: str):
    candidates = [dotted]
    q = qualified(em, dotted)
    if q:
        candidates.append(q)
    for c in candidates:
        if c in table:
            return c, table[c]
    for c in candidates:
        if "." in c:
            star = c.rsplit(".", 1)[0] + ".*"
            if star in table:
                return c, table[star]
    return None, None


def intrinsic_call(em: Emitter, name: str, handler, node: ast.AST, args_nodes, keywords,
                   extra_args: Optional[List[str]] = None) -> str:
    args, kwargs, star_args, star_kwargs, literal = [], [], [], [], {}
    for a in args_nodes:
        if isinstance(a, ast.Starred):
            star_args.append(em.val(a.value))
        else:
            args.append(em.val(a))
    for kw in keywords:
        if kw.arg is None:
            star_kwargs.append(em.val(kw.value))
        else:
            kwargs.append((kw.arg, em.val(kw.value)))
            if isinstance(kw.value, ast.Constant):
                literal[kw.arg] = kw.value.value

    def error(message: str, hint: str = "") -> None:
        em.fail("SC121", node, message=message, hint=hint or "see the framework documentation")

    call = IntrinsicCall(
        name=name, args=(extra_args or []) + args, kwargs=kwargs, star_args=star_args,
        star_kwargs=star_kwargs, node=node, require=em.ctx.require, helper=em.h, error=error,
        literal_kwargs=literal,
    )
    try:
        return handler(call)
    except Abort:
        raise
    except Exception as exc:  # a dialect bug must still point at the user's line
        em.fail("SC121", node, message=f"dialect intrinsic {name!r} failed: {exc}",
                hint="report this to the dialect's authors")


@handles(ast.Call)
def call(em: Emitter, node: ast.Call) -> Expr:
    func = node.func
    dotted = dotted_name(func)
    if dotted and "." in dotted:
        head = dotted.split(".", 1)[0]
        if head in em.scope_self_names():
            key = "self." + dotted.split(".", 1)[1]
            info = em.fn.class_info
            if info is not None and info.dialect_base and key in em.ctx.dialect.intrinsics:
                return Expr(intrinsic_call(em, key, em.ctx.dialect.intrinsics[key], node,
                                           node.args, node.keywords))
        else:
            name, handler = dialect_handler(em, em.ctx.dialect.intrinsics, dotted)
            if handler is not None:
                return Expr(intrinsic_call(em, name, handler, node, node.args, node.keywords))
    if isinstance(func, ast.Name):
        return call_name(em, node, func)
    if isinstance(func, ast.Attribute):
        return call_method(em, node, func)
    callee = em.val(func)
    return Expr(f"{em.h('$call')}({', '.join([callee] + call_args(em, node))})")


def call_name(em: Emitter, node: ast.Call, func: ast.Name) -> Expr:
    from .builtins import BUILTIN_CALLS, REJECTED_BUILTINS

    name = func.id
    owner = em.owner_of(name)
    if is_as_is(em, node):
        if len(node.args) != 1 or node.keywords or isinstance(node.args[0], ast.Starred):
            em.unsupported(node, "as_is() with these arguments", "pass one value: as_is(value)")
        return em.expr(node.args[0])
    if owner is None and name not in em.ctx.dialect.globals:
        if name == "super":
            em.unsupported(node, "super() outside a method call", "call super().method(...)")
        if name in BUILTIN_CALLS:
            return BUILTIN_CALLS[name](em, node, call_args(em, node))
        if name in EXCEPTION_NAMES:
            return Expr(f"new {em.h('$' + name)}({', '.join(call_args(em, node))})")
        if name in REJECTED_BUILTINS:
            em.fail("SC105", node, name=name, hint=REJECTED_BUILTINS[name])
        em.fail("SC112", func, name=name)
    args = call_args(em, node)
    target = em.load_name(func)
    if owner is not None and owner.kind != "class":
        if owner.kind == "module" and name in em.ctx.classes:
            ctor = target.code if target.code.isidentifier() else f"({target.code})"
            return Expr(f"new {ctor}({', '.join(args)})")
        fn = em.ctx.types.function_node(em.scope, name)
        if fn is not None and not getattr(fn, "decorator_list", None):
            return Expr(f"{target.code}({', '.join(args)})", em.ctx.types.returns.get(fn))
    return Expr(f"{em.h('$call')}({', '.join([target.code] + args)})")


def _super_call(em: Emitter, node: ast.Call, func: ast.Attribute) -> Optional[Expr]:
    value = func.value
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id == "super" and em.is_builtin("super")):
        return None
    if not em.fn.in_method:
        em.unsupported(node, "super() outside a method", "call super() directly in a method body")
    args = call_args(em, node)
    attr = func.attr
    if attr == "__init__" and em.fn.is_constructor:
        self_name = em.fn.scope.self_name or "self"
        return Expr(f"(super({', '.join(args)}), {self_name} = this, null)", "None")
    js = attr if attr.startswith("__") else em.ctx.dialect.js_attribute(attr)
    return Expr(f"super.{js}({', '.join(args)})")


def call_method(em: Emitter, node: ast.Call, func: ast.Attribute) -> Expr:
    sup = _super_call(em, node, func)
    if sup is not None:
        return sup
    attr = func.attr
    module = module_of(em, func.value)
    if module == "math":
        from .emit_attr import load_attribute

        target = load_attribute(em, func)
        return Expr(f"{target.code}({', '.join(call_args(em, node))})")
    if module == "asyncio":
        return asyncio_call(em, node, attr)
    if isinstance(func.value, ast.Name) and func.value.id in METHOD_TABLES \
            and em.is_builtin(func.value.id):
        from .emit_attr import load_attribute

        target = load_attribute(em, func)
        return Expr(f"{target.code}({', '.join(call_args(em, node))})")
    recv = em.expr(func.value)
    compiled_class = isinstance(func.value, ast.Name) and func.value.id in em.ctx.classes \
        and em.owner_of(func.value.id) is not None and em.owner_of(func.value.id).kind == "module"
    foreign = recv.type not in METHOD_TABLES and not _is_self(em, func.value) and not compiled_class and (
        attr[:1].isupper() or any(_may_carry_python_data(em, a) for a in node.args)
        or any(kw.arg is None or _may_carry_python_data(em, kw.value) for kw in node.keywords))
    args = call_args(em, node, foreign)
    if isinstance(func.value, ast.Name) and func.value.id in em.ctx.classes \
            and em.owner_of(func.value.id) is not None and em.owner_of(func.value.id).kind == "module":
        from .emit_class import static_name

        info = em.ctx.classes[func.value.id]
        js = em.ctx.dialect.js_attribute(attr)
        if attr in info.methods and attr not in info.statics and args:
            # A plain method called on the class: the instance is the first argument.
            return Expr(f"{recv.code}.prototype.{js}.call({', '.join(args)})")
        return Expr(f"{recv.code}.{static_name(js)}({', '.join(args)})")
    if recv.type in METHOD_TABLES:
        names = METHOD_TABLES[recv.type]
        if attr not in names:
            # CPython raises AttributeError when this runs; so will the compiled code.
            em.ctx.diagnostic("SC121", func, em.context_name(), severity="warning",
                              message=f"'{recv.type}' object has no attribute '{attr}'",
                              hint=f"{recv.type} methods: {', '.join(sorted(names))}")
            return Expr(f'{em.h("$cm")}(null, {em.escape(recv)}, "{attr}", [{", ".join(args)}])')
        fast = fast_method(em, recv, attr, args, node)
        if fast is not None:
            return fast
        from .types import _STR_RESULT

        t = _STR_RESULT.get(attr) if recv.type == "str" else None
        return Expr(f"{method_helper(em, recv.type, attr)}({', '.join([recv.code] + args)})", t)
    js = em.ctx.dialect.js_attribute(attr)
    if attr in ALL_METHOD_NAMES or recv.type is not None or not _is_self(em, func.value):
        # Unknown receiver: builtin method names dispatch through their own lookup helper;
        # other names are plain JS calls that raise AttributeError when the method is missing.
        jsarg = f', "{js}"' if js != attr else ""
        cm = "$cmx" if foreign else "$cm"
        return Expr(f'{em.h(cm)}({lookup_helper(em, attr)}, {em.escape(recv)}, "{attr}", '
                    f'[{", ".join(args)}]{jsarg})')
    return Expr(f"{recv.code}.{js}({', '.join(args)})")


def _may_carry_python_data(em: Emitter, node: ast.AST) -> bool:
    """Whether an argument may hold a dict/list/tuple/set that foreign JS would need converted."""
    if isinstance(node, (ast.Lambda, ast.JoinedStr)) or is_as_is(em, node):
        return is_as_is(em, node)
    if isinstance(node, ast.Starred):
        return True
    t = em.ctx.types.expr_type(node, em.scope)
    if t in ("str", "int", "float", "bool", "None", "function"):
        return False
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id in em.scope_self_names() and node.attr in em.ctx.method_names:
        return False  # a bound method of this object
    if isinstance(node, ast.Name) and em.ctx.types.function_node(em.scope, node.id) is not None:
        return False
    return True


def _is_self(em: Emitter, node: ast.AST) -> bool:
    """`self` inside a method: an instance of a compiled class, never None or a builtin value."""
    return isinstance(node, ast.Name) and node.id in em.scope_self_names()


def fast_method(em: Emitter, recv: Expr, attr: str, args: List[str], node: ast.Call):
    if node.keywords:
        return None
    if recv.type == "list" and attr == "append" and len(args) == 1 and not args[0].startswith("..."):
        return Expr(f"({recv.code}.push({args[0]}), null)", "None")
    if recv.type == "str" and not args:
        if attr == "upper":
            return Expr(f"{recv.code}.toUpperCase()", "str")
        if attr == "lower":
            return Expr(f"{recv.code}.toLowerCase()", "str")
    return None


def asyncio_call(em: Emitter, node: ast.Call, attr: str) -> Expr:
    args = call_args(em, node)
    if attr == "run" and len(args) == 1:
        if em.scope.kind != "module":
            em.unsupported(node, "asyncio.run() inside a function",
                           "call asyncio.run(main()) at module level, or await the coroutine "
                           "from an async def")
        return Expr(f"(await {args[0]})")
    if attr == "sleep":
        return Expr(f"{em.h('$sleep')}({', '.join(args)})")
    if attr == "gather":
        return Expr(f"{em.h('$gather')}({', '.join(args)})")
    if attr in ("create_task", "ensure_future") and len(args) == 1:
        return Expr(f"Promise.resolve({args[0]})")
    em.fail("SC117", node, name="asyncio", attr=attr, allowed="run, sleep, gather, create_task")


