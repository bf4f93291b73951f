"""Builtin functions: how each call is lowered, and which builtins are refused (and why)."""

from __future__ import annotations

import ast
import json
from typing import Callable, Dict, List

from ..runtime.js_exceptions import EXCEPTION_NAMES
from .context import Expr
from .emitter import Emitter

__all__ = ["BUILTIN_CALLS", "BUILTIN_VALUES", "REJECTED_BUILTINS", "MATH_NAMES", "TYPE_MARKERS"]

BUILTIN_VALUES = {
    "len": "$len", "str": "$strf", "repr": "$repr", "int": "$int", "float": "$float",
    "bool": "$boolf", "abs": "$abs", "min": "$min", "max": "$max", "sum": "$sum",
    "sorted": "$sorted", "list": "$list", "tuple": "$tuplefrom", "dict": "$dict", "set": "$set",
    "range": "$range", "enumerate": "$enumerate", "zip": "$zip", "map": "$map",
    "filter": "$filter", "reversed": "$reversed", "any": "$any", "all": "$all", "ord": "$ord",
    "chr": "$chr", "print": "$print", "isinstance": "$isinstance", "callable": "$callable",
    "iter": "$iter", "next": "$next", "round": "$round", "divmod": "$divmod", "hex": "$hex",
    "bin": "$bin", "oct": "$oct", "format": "$format", "getattr": "$getattr",
    "hasattr": "$hasattr", "setattr": "$setattr", "pow": "$pow3", "ascii": "$ascii",
    "hash": "$pyhash",
    "frozenset": "$frozenset", "slice": "$mkslice",
}
TYPE_MARKERS = {"int", "float", "bool", "str", "list", "tuple", "dict", "set", "object", "type",
                "range", "frozenset", "slice"}
MATH_NAMES = {
    "sqrt", "floor", "ceil", "trunc", "fabs", "pow", "exp", "log", "log2", "log10", "sin", "cos",
    "tan", "asin", "acos", "atan", "atan2", "hypot", "degrees", "radians", "isnan", "isinf",
    "isfinite", "copysign", "gcd", "lcm", "isqrt", "factorial", "isclose", "prod", "fsum",
    "comb", "perm", "pi", "e", "tau", "inf", "nan",
}
_SERVER = "move this to the server controller and call it with an action"
REJECTED_BUILTINS = {
    "open": "the browser has no file system; " + _SERVER,
    "input": "the browser has no stdin; read a form field or use an event handler",
    "eval": "evaluating code at run time cannot be compiled ahead of time; write the code directly",
    "exec": "executing code at run time cannot be compiled ahead of time; write the code directly",
    "compile": "compiling code at run time is not possible in browser code",
    "globals": "module namespaces do not exist at run time; pass values explicitly",
    "locals": "frame namespaces do not exist at run time; pass values explicitly",
    "vars": "use an explicit dict instead of vars()",
    "dir": "introspection of namespaces is not available; use hasattr()",
    "id": "object identity numbers do not exist in JS; compare with 'is None' or keep an explicit id",
    "__import__": "imports are resolved at compile time; use an import statement",
    "memoryview": "binary buffers are not supported; use lists of ints",
    "bytearray": "binary buffers are not supported; use lists of ints",
    "bytes": "bytes are not supported; use str",
    "complex": "complex numbers are not supported; use two floats",
    "breakpoint": "use the browser debugger with the source map instead",
    "help": "help() is interactive; not available in browser code",
    "exit": "there is no process to exit in the browser; return from the function",
    "quit": "there is no process to exit in the browser; return from the function",
    "object": "object() sentinels have no honest JS equivalent; use a class instance",
    "super": "call super() inside a method: super().method(...)",
    "type": "only type(x).__name__ and type(x) comparisons with classes are supported",
    "staticmethod": "use @staticmethod as a decorator on a method",
    "classmethod": "use @classmethod as a decorator on a method",
    "property": "use @property as a decorator on a method",
}

Handler = Callable[[Emitter, ast.Call, List[str]], Expr]
BUILTIN_CALLS: Dict[str, Handler] = {}


def builtin(*names: str):
    def register(fn: Handler) -> Handler:
        for n in names:
            BUILTIN_CALLS[n] = fn
        return fn
    return register


def _simple(node: ast.Call, count) -> bool:
    return not node.keywords and len(node.args) in count and not any(
        isinstance(a, ast.Starred) for a in node.args)


_KEYWORDS = {
    "sum": {"start"}, "min": {"key", "default"}, "max": {"key", "default"},
    "sorted": {"key", "reverse"}, "print": {"sep", "end", "file", "flush"}, "int": {"base"},
    "round": {"ndigits"}, "enumerate": {"start"}, "zip": {"strict"}, "dict": None,
    "pow": {"base", "exp", "mod"},
}


# Builtins whose keyword arguments are their positional parameters, by position.
_POSITIONAL_KEYWORDS = {
    "int": ["x", "base"], "round": ["number", "ndigits"], "sum": ["iterable", "start"],
    "enumerate": ["iterable", "start"], "pow": ["base", "exp", "mod"],
}


def _keywords_as_positional(em: Emitter, node: ast.Call, name: str):
    """int(x, base=16) -> [x, 16] when the keywords fill the next positional slots."""
    params = _POSITIONAL_KEYWORDS.get(name)
    if not params or not node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        return None
    named = {k.arg: k.value for k in node.keywords}
    if None in named or not set(named) <= set(params[len(node.args):]):
        return None
    values = list(node.args)
    for p in params[len(node.args):]:
        if p not in named:
            break
        values.append(named.pop(p))
    if named:
        return None
    return [em.val(v) for v in values]


def _generic(helper: str, result=None) -> Handler:
    def lower(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
        name = node.func.id
        positional = _keywords_as_positional(em, node, name)
        if positional is not None:
            return Expr(f"{em.h(helper)}({', '.join(positional)})", result)
        allowed = _KEYWORDS.get(name, set())
        bad = [k.arg for k in node.keywords
               if allowed is not None and (k.arg is None or k.arg not in allowed)]
        if bad:
            # CPython raises TypeError at run time; so does the compiled code.
            msg = (f"{name}() takes no keyword arguments" if not allowed else
                   f"'{bad[0]}' is an invalid keyword argument for {name}()")
            return Expr(f"(() => {{ throw new {em.h('$TypeError')}({json.dumps(msg)}); }})()",
                        result)
        return Expr(f"{em.h(helper)}({', '.join(args)})", result)
    return lower


for _name, _helper, _result in [
    ("repr", "$repr", "str"), ("sum", "$sum", None), ("any", "$any", "bool"),
    ("all", "$all", "bool"), ("range", "$range", None), ("enumerate", "$enumerate", None),
    ("zip", "$zip", None), ("map", "$map", None), ("filter", "$filter", None),
    ("reversed", "$reversed", None), ("sorted", "$sorted", "list"), ("list", "$list", "list"),
    ("tuple", "$tuplefrom", "tuple"), ("dict", "$dict", "dict"), ("set", "$set", "set"),
    ("ord", "$ord", "int"), ("chr", "$chr", "str"), ("divmod", "$divmod", "tuple"),
    ("hex", "$hex", "str"), ("bin", "$bin", "str"), ("oct", "$oct", "str"),
    ("callable", "$callable", "bool"), ("iter", "$iter", None), ("next", "$next", None),
    ("format", "$format", "str"), ("min", "$min", None), ("max", "$max", None),
    ("print", "$print", "None"), ("abs", "$abs", None), ("int", "$int", "int"),
    ("float", "$float", None), ("issubclass", "$issubclass", "bool"), ("pow", "$pow3", None),
    ("ascii", "$ascii", "str"), ("hash", "$pyhash", "int"),
    ("frozenset", "$frozenset", "frozenset"), ("slice", "$mkslice", None),
]:
    BUILTIN_CALLS[_name] = _generic(_helper, _result)


@builtin("__sprag_dc_freeze")
def _dc_freeze(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    em.h("$frozenerr")  # assignments to the frozen instance raise FrozenInstanceError
    return Expr(f"Object.freeze({args[0]})", "None")


@builtin("format")
def _format(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if len(args) == 1:
        args = args + ['""']
    return Expr(f"{em.h('$format')}({', '.join(args)})", "str")


@builtin("len")
def _len(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if node.keywords:
        return _generic("$len", "int")(em, node, args)
    if _simple(node, (1,)):
        arg = em.expr(node.args[0])
        if arg.type in ("list", "tuple"):
            return Expr(f"{arg.code}.length", "int")
        return Expr(f"{em.h('$len')}({em.escape(arg)})", "int")
    return Expr(f"{em.h('$len')}({', '.join(args)})", "int")


@builtin("str")
def _str(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    from .emit_expr import str_of

    if _simple(node, (1,)):
        return Expr(str_of(em, em.expr(node.args[0])), "str")
    if _simple(node, (0,)):
        return Expr('""', "str")
    em.unsupported(node, "str() with encoding arguments", "bytes are not supported; use str(x)")


@builtin("int")
def _int(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if node.keywords:
        return _generic("$int", "int")(em, node, args)
    if _simple(node, (1,)):
        arg = em.expr(node.args[0])
        if arg.type == "int":
            return arg
        if arg.type == "bool":
            return Expr(f"(+{arg.code})", "int")
    return Expr(f"{em.h('$int')}({', '.join(args)})", "int")


@builtin("float")
def _float(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if _simple(node, (1,)):
        arg = em.expr(node.args[0])
        if arg.type == "int":
            return Expr(f"{em.h('$tofloat')}({arg.code})", "float")
        if arg.type == "float":
            return Expr(f"({arg.code} + 0)", "float")
        return Expr(f"{em.h('$float')}({em.escape(arg)})")
    if _simple(node, (0,)):
        return Expr("0", "float")
    return Expr(f"{em.h('$float')}({', '.join(args)})")


@builtin("bool")
def _bool(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if _simple(node, (1,)):
        return Expr(em.test(node.args[0]), "bool")
    if _simple(node, (0,)):
        return Expr("false", "bool")
    return Expr(f"{em.h('$boolf')}({', '.join(args)})", "bool")


@builtin("abs")
def _abs(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if _simple(node, (1,)):
        arg = em.expr(node.args[0])
        if arg.type == "int":
            return Expr(f"{em.h('$iabs')}({arg.code})", "int")
        if arg.type == "float":
            return Expr(f"Math.abs({arg.code})", "float")
        return Expr(f"{em.h('$abs')}({em.escape(arg)})")
    return Expr(f"{em.h('$abs')}({', '.join(args)})")


@builtin("min", "max")
def _minmax(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    name = node.func.id
    if node.args and not node.keywords and len(node.args) >= 2 and not any(
            isinstance(a, ast.Starred) for a in node.args):
        exprs = [em.expr(a) for a in node.args]
        if all(e.type == "int" for e in exprs):
            return Expr(f"{em.h('$i' + name)}({', '.join(e.code for e in exprs)})", "int")
    return Expr(f"{em.h('$' + name)}({', '.join(args)})")


@builtin("round")
def _round(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if node.keywords:
        return _generic("$round", None)(em, node, args)
    if _simple(node, (1,)):
        arg = em.expr(node.args[0])
        if arg.type == "int":
            return arg
        return Expr(f"{em.h('$round')}({em.escape(arg)})", "int")
    return Expr(f"{em.h('$round')}({', '.join(args)})")


@builtin("isinstance", "issubclass")
def _isinstance(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if not _simple(node, (2,)):
        em.unsupported(node, f"{node.func.id}() with these arguments", "pass (value, type)")
    fn = "$isinstance" if node.func.id == "isinstance" else "$issubclass"
    return Expr(f"{em.h(fn)}({em.val(node.args[0])}, {type_ref(em, node.args[1])})", "bool")


def type_ref(em: Emitter, node: ast.AST) -> str:
    """A type for isinstance(): builtin types become markers, classes stay references."""
    if isinstance(node, ast.Tuple):
        return "[" + ", ".join(type_ref(em, e) for e in node.elts) + "]"
    if isinstance(node, ast.Name) and em.is_builtin(node.id):
        if node.id in TYPE_MARKERS:
            if node.id == "range":
                em.h("$Range")
            if node.id == "slice":
                em.h("$Slice")
            em.h("$PYTYPES")
            return f'"{node.id}"'
        if node.id in EXCEPTION_NAMES:
            return em.h("$" + node.id)
    if isinstance(node, ast.Constant) and node.value is None:
        em.h("$PYTYPES")
        return '"NoneType"'
    return em.val(node)


@builtin("getattr", "hasattr", "setattr")
def _attrs(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    name = node.func.id
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        em.unsupported(node, f"{name}() with keywords", f"call {name}(obj, name, ...)")
    if len(node.args) < 2:
        em.unsupported(node, f"{name}() with these arguments", f"call {name}(obj, name, ...)")
    attr = node.args[1]
    js = "undefined"
    if isinstance(attr, ast.Constant) and isinstance(attr.value, str):
        js = '"' + em.ctx.dialect.js_attribute(attr.value) + '"'
    if name == "getattr":
        rest = [args[0], args[1], js] + args[2:3]
        return Expr(f"{em.h('$getattr')}({', '.join(rest)})")
    if name == "hasattr":
        return Expr(f"{em.h('$hasattr')}({args[0]}, {args[1]}, {js})", "bool")
    if len(args) != 3:
        em.unsupported(node, "setattr() with these arguments", "call setattr(obj, name, value)")
    target = js if js != "undefined" else args[1]
    return Expr(f"{em.h('$setattr')}({args[0]}, {target}, {args[2]})", "None")


@builtin("type")
def _type(em: Emitter, node: ast.Call, args: List[str]) -> Expr:
    if _simple(node, (1,)):
        return Expr(f"{em.h('$typeof')}({args[0]})")
    em.unsupported(node, "type() with three arguments", "define a class with the class statement")
