"""Static types of locals and expressions, so known-type code can use plain JS operators.

A type here describes a value's JS representation: "float" means a primitive JS number that is a
Python float (integral floats are only ever primitive while their type is known; where the type
is unknown they are boxed as ``$Float`` objects). ``None`` means unknown.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional

from .scopes import Scope

__all__ = ["TypeTable", "infer_types", "binop_type", "join", "BOTTOM", "NUMERIC"]

BOTTOM = "<bottom>"
NUMERIC = ("int", "float")
_ANNOTATIONS = {"int": "int", "str": "str", "bool": "bool"}
_BUILTIN_RESULT = {
    "len": "int", "str": "str", "repr": "str", "int": "int", "bool": "bool", "ord": "int",
    "chr": "str", "isinstance": "bool", "hasattr": "bool", "callable": "bool", "any": "bool",
    "all": "bool", "sorted": "list", "list": "list", "tuple": "tuple", "dict": "dict",
    "set": "set", "divmod": "tuple", "hex": "str", "bin": "str", "oct": "str", "format": "str",
    "issubclass": "bool",
}
_STR_RESULT = {
    "upper": "str", "lower": "str", "strip": "str", "lstrip": "str", "rstrip": "str",
    "replace": "str", "join": "str", "title": "str", "capitalize": "str", "center": "str",
    "ljust": "str", "rjust": "str", "zfill": "str", "format": "str", "casefold": "str",
    "swapcase": "str", "removeprefix": "str", "removesuffix": "str", "split": "list",
    "rsplit": "list", "splitlines": "list", "find": "int", "rfind": "int", "index": "int",
    "rindex": "int", "count": "int", "startswith": "bool", "endswith": "bool", "isdigit": "bool",
    "isalpha": "bool", "isalnum": "bool", "isspace": "bool", "isupper": "bool", "islower": "bool",
}


def join(a: Optional[str], b: Optional[str]) -> Optional[str]:
    if a == BOTTOM:
        return b
    if b == BOTTOM:
        return a
    return a if a == b else None


def binop_type(op: ast.operator, left: Optional[str], right: Optional[str]) -> Optional[str]:
    """The representation of `left op right` when both types are known, else None."""
    if BOTTOM in (left, right):
        return BOTTOM
    if left in NUMERIC and right in NUMERIC:
        if isinstance(op, ast.Div):
            return "float"
        if isinstance(op, (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod)):
            return "float" if "float" in (left, right) else "int"
        return None
    if isinstance(op, ast.Add) and left == right and left in ("str", "list"):
        return left
    if isinstance(op, ast.Mult) and {left, right} == {"str", "int"}:
        return "str"
    if isinstance(op, ast.Mult) and {left, right} in ({"list", "int"}, {"tuple", "int"}):
        return "list" if "list" in (left, right) else "tuple"
    return None


class TypeTable:
    """Inferred types: per scope, per local name; and return types of plain functions."""

    def __init__(self, scopes: Dict[ast.AST, Scope]) -> None:
        self.scopes = scopes
        self.vars: Dict[int, Dict[str, Optional[str]]] = {}
        self.returns: Dict[ast.AST, Optional[str]] = {}
        self.functions: Dict[int, Dict[str, ast.AST]] = {}

    def var_type(self, scope: Scope, name: str) -> Optional[str]:
        """The type of `name` as seen from `scope` (resolving outward like Python does)."""
        s: Optional[Scope] = scope
        first = True
        while s is not None:
            if (first or s.kind != "class") and s.owns(name):
                t = self.vars.get(id(s), {}).get(name)
                return None if t == BOTTOM else t
            first = False
            s = s.parent
        return None

    def function_node(self, scope: Scope, name: str) -> Optional[ast.AST]:
        """The def node a name refers to when it is bound once, by a def, in a plain scope."""
        s: Optional[Scope] = scope
        first = True
        while s is not None:
            if (first or s.kind != "class") and s.owns(name):
                return self.functions.get(id(s), {}).get(name)
            first = False
            s = s.parent
        return None

    def expr_type(self, node: ast.AST, scope: Scope) -> Optional[str]:
        t = self._expr(node, scope)
        return None if t == BOTTOM else t

    def _expr(self, node: ast.AST, scope: Scope) -> Optional[str]:
        if isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, bool):
                return "bool"
            if isinstance(v, int):
                return "int"
            if isinstance(v, float):
                return "float"
            if isinstance(v, str):
                return "str"
            if v is None:
                return "None"
            return None
        if isinstance(node, ast.Name):
            s = scope
            while s is not None:
                if s.owns(node.id):
                    t = self.vars.get(id(s), {}).get(node.id)
                    return t
                s = s.parent
                while s is not None and s.kind == "class":
                    s = s.parent
            return None
        if isinstance(node, ast.BinOp):
            return binop_type(node.op, self._expr(node.left, scope), self._expr(node.right, scope))
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not):
                return "bool"
            t = self._expr(node.operand, scope)
            if isinstance(node.op, (ast.USub, ast.UAdd)) and t in NUMERIC + (BOTTOM,):
                return t
            return None
        if isinstance(node, ast.Compare):
            # an ordering with an operand of unknown type may be a rich comparison's own
            # result (CPython keeps a non-bool), as emit_expr.compare emits it
            operands = [node.left] + list(node.comparators)
            for op, a, b in zip(node.ops, operands, operands[1:]):
                if isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) and (
                        self._expr(a, scope) is None or self._expr(b, scope) is None):
                    return None
            return "bool"
        if isinstance(node, ast.BoolOp):
            types = [self._expr(v, scope) for v in node.values]
            out = BOTTOM
            for t in types:
                out = join(out, t)
            return out if out in ("bool", "int", "str", BOTTOM) else None
        if isinstance(node, ast.IfExp):
            return join(self._expr(node.body, scope), self._expr(node.orelse, scope))
        if isinstance(node, ast.JoinedStr):
            return "str"
        if isinstance(node, (ast.List, ast.ListComp)):
            return "list"
        if isinstance(node, ast.Tuple):
            return "tuple"
        if isinstance(node, (ast.Dict, ast.DictComp)):
            return "dict"
        if isinstance(node, (ast.Set, ast.SetComp)):
            return "set"
        if isinstance(node, ast.NamedExpr):
            return self._expr(node.value, scope)
        if isinstance(node, ast.Subscript):
            base = self._expr(node.value, scope)
            if base == "str":
                return "str"
            if isinstance(node.slice, ast.Slice) and base in ("list", "tuple"):
                return base
            return None
        if isinstance(node, ast.Call):
            return self._call(node, scope)
        return None

    def _call(self, node: ast.Call, scope: Scope) -> Optional[str]:
        func = node.func
        if isinstance(func, ast.Name):
            fn = self.function_node(scope, func.id)
            if fn is not None:
                return self.returns.get(fn)
            if self._is_builtin(scope, func.id):
                name = func.id
                if name == "float" and len(node.args) == 1:
                    return "float" if self._expr(node.args[0], scope) in NUMERIC else None
                if name == "abs" and len(node.args) == 1:
                    t = self._expr(node.args[0], scope)
                    return t if t in NUMERIC else None
                if name == "round" and len(node.args) == 1 and not node.keywords:
                    return "int"
                if name in ("min", "max") and len(node.args) >= 2 and not node.keywords:
                    types = {self._expr(a, scope) for a in node.args}
                    return "int" if types == {"int"} else None
                if name == "str" and not node.args:
                    return "str"
                return _BUILTIN_RESULT.get(name)
        if isinstance(func, ast.Attribute) and self._expr(func.value, scope) == "str":
            return _STR_RESULT.get(func.attr)
        return None

    def _is_builtin(self, scope: Scope, name: str) -> bool:
        s: Optional[Scope] = scope
        while s is not None:
            if s.owns(name):
                return False
            s = s.parent
        return True


class _Sites:
    """The binding sites and return values the scope pass recorded for one scope."""

    def __init__(self, scope: Scope) -> None:
        self.sites = scope.sites
        self.returns = scope.returns

    def run(self) -> _Sites:
        return self


def _falls_off_end(body: List[ast.stmt]) -> bool:
    if not body:
        return True
    last = body[-1]
    if isinstance(last, (ast.Return, ast.Raise)):
        return False
    if isinstance(last, ast.If):
        return _falls_off_end(last.body) or _falls_off_end(last.orelse)
    if isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and last.test.value is True:
        return False
    return True


def infer_types(scopes: Dict[ast.AST, Scope]) -> TypeTable:
    """Infer local variable types and function return types by iterating to a fixed point."""
    table = TypeTable(scopes)
    plain = [s for s in scopes.values() if s.kind != "class"]
    sites = {id(s): _Sites(s).run() for s in plain}
    for s in plain:
        defs: Dict[str, ast.AST] = {}
        counts: Dict[str, int] = {}
        for name, (kind, value) in sites[id(s)].sites:
            counts[name] = counts.get(name, 0) + 1
            if kind == "def":
                defs[name] = value
        nonlocal_written = _descendant_nonlocals(s)
        table.functions[id(s)] = {n: d for n, d in defs.items()
                                  if counts[n] == 1 and n not in nonlocal_written}
        typed_sites = {n for n, (kind, _) in sites[id(s)].sites if kind != "unknown"}
        types: Dict[str, Optional[str]] = {n: (BOTTOM if n in typed_sites else None) for n in s.bound}
        for p in s.params:
            types[p] = None
        node = s.node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            for a in getattr(args, "posonlyargs", []) + args.args + args.kwonlyargs:
                ann = a.annotation
                if isinstance(ann, ast.Name) and ann.id in _ANNOTATIONS:
                    types[a.arg] = _ANNOTATIONS[ann.id]
            if args.vararg:
                types[args.vararg.arg] = "tuple"
            if args.kwarg:
                types[args.kwarg.arg] = "dict"
        for n in nonlocal_written | s.nonlocals:
            types[n] = None
        table.vars[id(s)] = types
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            table.returns[node] = BOTTOM
    for _ in range(6):
        changed = False
        for s in plain:
            types = table.vars[id(s)]
            for name, (kind, value) in sites[id(s)].sites:
                if types.get(name, BOTTOM) is None or name in s.params:
                    continue
                if kind == "expr":
                    t = table._expr(value, s)
                elif kind == "aug":
                    t = binop_type(value.op, types.get(name), table._expr(value.value, s))
                elif kind == "for":
                    it = value
                    t = None
                    if (isinstance(it, ast.Call) and isinstance(it.func, ast.Name)
                            and it.func.id == "range" and table._is_builtin(s, "range")):
                        t = "int"
                    elif table._expr(it, s) == "str":
                        t = "str"
                elif kind == "def":
                    t = "function"
                else:
                    t = None
                new = join(types.get(name, BOTTOM), t)
                if new != types.get(name, BOTTOM):
                    types[name] = new
                    changed = True
            node = s.node
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                new = _return_type(table, s, sites[id(s)].returns)
                if new != table.returns.get(node):
                    table.returns[node] = new
                    changed = True
        if not changed:
            break
    for types in table.vars.values():
        for k, v in list(types.items()):
            if v == BOTTOM:
                types[k] = None
    for k, v in list(table.returns.items()):
        if v == BOTTOM:
            table.returns[k] = None
    return table


def _descendant_nonlocals(scope: Scope) -> set:
    """Names that nested scopes (at any depth) declare nonlocal: they may rebind scope's."""
    out: set = set()
    stack = list(scope.children)
    while stack:
        c = stack.pop()
        out |= c.nonlocals
        stack.extend(c.children)
    return out


def _return_type(table: TypeTable, scope: Scope, returns: List[Optional[ast.AST]]) -> Optional[str]:
    node = scope.node
    if scope.is_generator or scope.is_async or node.decorator_list:
        return None
    ann = node.returns
    if isinstance(ann, ast.Name) and ann.id in _ANNOTATIONS:
        return _ANNOTATIONS[ann.id]
    out: Optional[str] = BOTTOM
    for value in returns:
        out = join(out, "None" if value is None else table._expr(value, scope))
    if _falls_off_end(node.body):
        out = join(out, "None")
    # Floats returned to unknown callers are boxed, so callers see an unknown type.
    return None if out == "float" else out
