"""Expression handlers: literals, names, containers, operators, subscripts, attributes."""

from __future__ import annotations

import ast
import json
import re
from typing import List

from .context import Expr
from .emitter import EXPR_HANDLERS, Emitter
from .types import NUMERIC, binop_type, join

__all__: List[str] = []

MAX_SAFE = 2**53 - 1  # ints within +/-MAX_SAFE are JS numbers, the others BigInts


def handles(*types):
    def register(fn):
        for t in types:
            EXPR_HANDLERS[t] = fn
        return fn
    return register


_ESCAPE_IN_JS = re.compile("[\u2028\u2029\ud800-\udfff]")


def js_str(s: str) -> str:
    """A JS string literal; line separators and lone surrogates are escaped (UTF-8 safe)."""
    text = json.dumps(s, ensure_ascii=False)
    return _ESCAPE_IN_JS.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def float_literal(v: float) -> str:
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "Infinity" if v > 0 else "-Infinity"
    return repr(v)


@handles(ast.Constant)
def constant(em: Emitter, node: ast.Constant) -> Expr:
    v = node.value
    if v is None:
        return Expr("null", "None")
    if isinstance(v, bool):
        return Expr("true" if v else "false", "bool")
    if isinstance(v, int):
        if abs(v) > MAX_SAFE:
            # A BigInt literal; hex past CPython's 4300-digit str() limit (hex literals have none).
            em.h("$big")  # str() of a BigInt needs $bigstr, which comes with $big
            if v.bit_length() <= 14000:
                return Expr(f"{v}n", "int")
            return Expr(f"{'-' if v < 0 else ''}0x{abs(v):x}n", "int")
        return Expr(str(v), "int")
    if isinstance(v, float):
        return Expr(float_literal(v), "float")
    if isinstance(v, str):
        return Expr(js_str(v), "str")
    if isinstance(v, bytes):
        em.fail("SC120", node)
    if isinstance(v, complex):
        em.fail("SC119", node)
    if v is Ellipsis:
        em.unsupported(node, "...", "use None or pass")
    em.unsupported(node, repr(v), "use a supported literal")


@handles(ast.Name)
def name(em: Emitter, node: ast.Name) -> Expr:
    return em.load_name(node)


def _elements(em: Emitter, elts) -> str:
    parts = []
    for e in elts:
        if isinstance(e, ast.Starred):
            parts.append(f"...{em.h('$iterable')}({em.val(e.value)})")
        else:
            parts.append(em.val(e))
    return ", ".join(parts)


@handles(ast.List)
def list_(em: Emitter, node: ast.List) -> Expr:
    return Expr(f"[{_elements(em, node.elts)}]", "list")


@handles(ast.Tuple)
def tuple_(em: Emitter, node: ast.Tuple) -> Expr:
    return Expr(f"Object.freeze([{_elements(em, node.elts)}])", "tuple")


def _const_int(e: ast.AST):
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
        inner = _const_int(e.operand)
        return None if inner is None else -inner
    if isinstance(e, ast.Constant) and type(e.value) is int:
        return e.value
    return None


def _folds(e: ast.AST) -> bool:
    """Whether CPython's AST optimizer turns this expression into a constant."""
    if isinstance(e, ast.Constant):
        return True
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.UAdd, ast.Invert)):
        return _folds(e.operand)
    if isinstance(e, ast.BinOp) and not isinstance(e.op, ast.MatMult):
        return _folds(e.left) and _folds(e.right)
    if isinstance(e, ast.Tuple):
        return all(_folds(x) for x in e.elts)
    return False


def _const_num(e: ast.AST):
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.UAdd)):
        inner = _const_num(e.operand)
        return None if inner is None else (-inner if isinstance(e.op, ast.USub) else inner)
    if isinstance(e, ast.Constant) and type(e.value) in (int, float):
        return e.value
    return None


@handles(ast.Set)
def set_(em: Emitter, node: ast.Set) -> Expr:
    # CPython folds a display of 3+ constants into a frozenset constant merged into the new set.
    folded = len(node.elts) > 2 and all(_folds(e) for e in node.elts)
    return Expr(f"{em.h('$mkset')}([{_elements(em, node.elts)}]{', 1' if folded else ''})", "set")


@handles(ast.Dict)
def dict_(em: Emitter, node: ast.Dict) -> Expr:
    parts = []
    for k, v in zip(node.keys, node.values):
        if k is None:
            parts.append(f"...{em.h('$pairs')}({em.val(v)})")
        else:
            parts.append(f"[{em.val(k)}, {em.val(v)}]")
    plain = all(k is not None and em.ctx.types.expr_type(k, em.scope) in ("str", "int")
                for k in node.keys)
    if plain:
        return Expr(f"new Map([{', '.join(parts)}])", "dict")
    return Expr(f"{em.h('$mkdict')}([{', '.join(parts)}])", "dict")


# -- operators ----------------------------------------------------------------------------
_GENERIC_BINOP = {
    ast.Add: "$add", ast.Sub: "$sub", ast.Mult: "$mul", ast.Div: "$truediv",
    ast.FloorDiv: "$floordiv", ast.Mod: "$mod", ast.Pow: "$pow",
}
_BIT = {ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>"}
_PLAIN = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*"}


def binop_code(em: Emitter, op: ast.operator, left: Expr, right: Expr, node: ast.AST) -> Expr:
    if isinstance(op, ast.MatMult):
        em.unsupported(node, "@ (matrix multiplication)", "call a method instead")
    t = binop_type(op, left.type, right.type)
    a, b = left.code, right.code
    if t in NUMERIC:
        if t == "int" and type(op) in _INT_HELPER:
            # Exact at any size: a number while the result fits 2**53, a BigInt beyond.
            return Expr(f"{em.h(_INT_HELPER[type(op)])}({a}, {b})", t)
        if "float" in (left.type, right.type):
            a, b = as_float(em, left), as_float(em, right)
        if type(op) in _PLAIN:
            return Expr(f"({a} {_PLAIN[type(op)]} {b})", t)
        if isinstance(op, ast.Div):
            fn = "$fdiv" if "float" in (left.type, right.type) else "$div"
            return Expr(f"{em.h(fn)}({a}, {b})", "float")
        if t == "int":
            fn = "$idiv" if isinstance(op, ast.FloorDiv) else "$imod"
            return Expr(f"{em.h(fn)}({a}, {b})", "int")
        fn = "$floordiv" if isinstance(op, ast.FloorDiv) else "$mod"
        return Expr(f"(+{em.h(fn)}({em.escape(left)}, {em.escape(right)}))", "float")
    if t == "str" and isinstance(op, ast.Add):
        return Expr(f"({a} + {b})", "str")
    if isinstance(op, ast.Pow) and left.type == "int" and isinstance(node, ast.BinOp) \
            and isinstance(node.right, ast.Constant) and isinstance(node.right.value, int) \
            and not isinstance(node.right.value, bool) and node.right.value >= 0:
        return Expr(f"{em.h('$ipow')}({a}, {b})", "int")
    if type(op) in _BIT and left.type == right.type == "int":
        # int & int: 32-bit JS operators when both fit, the general helper otherwise.
        return Expr(f"{em.h(_INT_BIT[type(op)])}({a}, {b})", "int")
    if type(op) in _BIT:
        return Expr(f"{em.h('$bitop')}({js_op(_BIT[type(op)])}, {em.escape(left)}, {em.escape(right)})")
    fn = em.h(_GENERIC_BINOP[type(op)])
    return Expr(f"{fn}({em.escape(left)}, {em.escape(right)})", t if t in ("str", "list") else None)


_INT_HELPER = {ast.Add: "$iadd", ast.Sub: "$isub", ast.Mult: "$imul"}
_INT_BIT = {ast.BitAnd: "$iand", ast.BitOr: "$ior", ast.BitXor: "$ixor", ast.LShift: "$ishl",
            ast.RShift: "$ishr"}


def as_float(em: Emitter, e: Expr) -> str:
    """An int operand of float arithmetic as a JS number (a BigInt converts, or OverflowError)."""
    if e.type != "int" or re.fullmatch(r"\(?-?\d+\)?", e.code):
        return e.code
    return f"{em.h('$tofloat')}({e.code})"


def js_op(op: str) -> str:
    return '"' + op + '"'


@handles(ast.BinOp)
def binop(em: Emitter, node: ast.BinOp) -> Expr:
    if isinstance(node.op, ast.Pow):
        lit = [_const_num(node.left), _const_num(node.right)]
        if None not in lit and lit[0] < 0 and lit[1] != int(lit[1]):
            em.fail("SC119", node)  # (-8) ** 0.5 is a complex number in CPython
        base, exp = _const_int(node.left), _const_int(node.right)
        if base is not None and exp is not None and 0 <= exp and exp * abs(base).bit_length() <= 4096:
            # 2 ** 64, 10 ** 18: folded like CPython's peephole optimizer does.
            return constant(em, ast.copy_location(ast.Constant(base ** exp), node))
    return binop_code(em, node.op, em.expr(node.left), em.expr(node.right), node)


@handles(ast.UnaryOp)
def unaryop(em: Emitter, node: ast.UnaryOp) -> Expr:
    if isinstance(node.op, ast.Not):
        return Expr(f"!{em.test(node.operand)}", "bool")
    operand = em.expr(node.operand)
    if isinstance(node.op, ast.USub):
        if isinstance(node.operand, ast.Constant) and operand.type in NUMERIC:
            return Expr(f"(-{operand.code})" if operand.code != "0" else "0", operand.type)
        if operand.type == "int":
            return Expr(f"{em.h('$ineg')}({operand.code})", "int")
        if operand.type == "float":
            return Expr(f"(-{operand.code})", "float")
        return Expr(f"{em.h('$neg')}({operand.code})")
    if isinstance(node.op, ast.UAdd):
        if operand.type in NUMERIC:
            return operand
        return Expr(f"{em.h('$pos')}({operand.code})")
    return Expr(f"{em.h('$invert')}({em.escape(operand)})")


@handles(ast.BoolOp)
def boolop(em: Emitter, node: ast.BoolOp) -> Expr:
    values = [em.expr(v) for v in node.values]
    types = {v.type for v in values}
    is_and = isinstance(node.op, ast.And)
    if len(types) == 1 and types.pop() in ("bool", "int", "str"):
        op = " && " if is_and else " || "
        return Expr("(" + op.join(v.code for v in values) + ")", values[0].type)
    # a and b -> (truthy(t = a) ? b : t); a or b -> (truthy(t = a) ? t : b)
    code = em.escape(values[-1])
    for v in reversed(values[:-1]):
        t = em.temp()
        cond = em.truthy(Expr(f"({t} = {em.escape(v)})", v.type if v.type != "float" else None))
        code = f"({cond} ? {code} : {t})" if is_and else f"({cond} ? {t} : {code})"
    return Expr(code)


_CMP_PLAIN = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_CMP_HELPER = {ast.Lt: "$lt", ast.LtE: "$le", ast.Gt: "$gt", ast.GtE: "$ge"}


def _is_singleton(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, bool))


def compare_code(em: Emitter, op: ast.cmpop, left: Expr, right: Expr, lnode, rnode,
                 whole=None) -> str:
    lt, rt = left.type, right.type
    both_num = lt in NUMERIC and rt in NUMERIC
    both_str = lt == "str" and rt == "str"
    if type(op) in _CMP_PLAIN:
        if both_num or both_str:
            return f"({left.code} {_CMP_PLAIN[type(op)]} {right.code})"
        return f"{em.h(_CMP_HELPER[type(op)])}({em.escape(left)}, {em.escape(right)})"
    if isinstance(op, (ast.Eq, ast.NotEq)):
        neg = isinstance(op, ast.NotEq)
        if both_num and lt != rt:
            # int == float: loose equality compares a BigInt and a double exactly.
            return f"({left.code} {'!=' if neg else '=='} {right.code})"
        if both_num or both_str or (lt == rt == "bool"):
            return f"({left.code} {'!==' if neg else '==='} {right.code})"
        if rt == "None" or lt == "None":
            other = left if rt == "None" else right
            if other.type is None:
                return f"{'!' if neg else ''}{em.h('$eq')}({other.code}, null)"
            return f"({other.code} {'!=' if neg else '=='} null)"
        if neg and "__ne__" in em.ctx.method_names:
            return f"{em.h('$ne')}({em.escape(left)}, {em.escape(right)})"
        code = f"{em.h('$eq')}({em.escape(left)}, {em.escape(right)})"
        return f"!{code}" if neg else code
    if isinstance(op, (ast.Is, ast.IsNot)):
        neg = isinstance(op, ast.IsNot)
        for node, other in ((rnode, left), (lnode, right)):
            if isinstance(node, ast.Constant) and node.value is None:
                return f"({other.code} {'!=' if neg else '=='} null)"
            if _is_singleton(node):
                return f"({other.code} {'!==' if neg else '==='} {'true' if node.value else 'false'})"
        for node in (lnode, rnode):
            # Fresh lists, dicts, sets (and tuples built at run time) are distinct objects in
            # both languages; constants may be shared by CPython (interned, folded, cached).
            if isinstance(node, (ast.Constant, ast.JoinedStr)) or (
                    isinstance(node, ast.Tuple) and _folds(node)):
                em.fail("SC111", whole or node)
        code = f"{em.h('$is')}({left.code}, {right.code})"
        return f"!{code}" if neg else code
    if isinstance(op, (ast.In, ast.NotIn)):
        code = f"{em.h('$in')}({em.escape(left)}, {em.escape(right)})"
        return f"!{code}" if isinstance(op, ast.NotIn) else code
    em.unsupported(lnode, type(op).__name__, "use a supported comparison")


def _rich_value(op: ast.cmpop, left: Expr, right: Expr) -> bool:
    """An ordering whose value may be whatever a rich comparison method returned (an
    operand of unknown type may be an object whose ``__lt__`` answers a non-bool)."""
    return type(op) in _CMP_PLAIN and (left.type is None or right.type is None)


@handles(ast.Compare)
def compare(em: Emitter, node: ast.Compare) -> Expr:
    as_test = em.compare_as_test
    em.compare_as_test = False  # comparisons inside the operands are values
    left_node = node.left
    left = em.expr(left_node)
    parts: List[Expr] = []
    for i, (op, right_node) in enumerate(zip(node.ops, node.comparators)):
        right = em.expr(right_node)
        if i < len(node.ops) - 1 and not isinstance(right_node, (ast.Constant, ast.Name)):
            t = em.temp()
            shown = Expr(f"({t} = {right.code})", right.type)
            stored = Expr(t, right.type)
        else:
            shown = stored = right
        if not as_test and _rich_value(op, left, right):
            code = f'{em.h("$cmpv")}({em.escape(left)}, {em.escape(shown)}, "{_CMP_PLAIN[type(op)]}")'
            parts.append(Expr(code, None))
        else:
            parts.append(Expr(compare_code(em, op, left, shown, left_node, right_node, node), "bool"))
        left, left_node = stored, right_node
    if len(parts) == 1:
        return parts[0]
    if all(p.type == "bool" for p in parts):
        return Expr("(" + " && ".join(p.code for p in parts) + ")", "bool")
    # a chain as CPython runs it: the first false result, or the last one
    code = parts[-1].code
    for part in reversed(parts[:-1]):
        t = em.temp()
        code = f"({em.truthy(Expr(f'({t} = {part.code})', part.type))} ? {code} : {t})"
    return Expr(code, None)


@handles(ast.IfExp)
def ifexp(em: Emitter, node: ast.IfExp) -> Expr:
    body, orelse = em.expr(node.body), em.expr(node.orelse)
    t = join(body.type, orelse.type)
    if t == "float":
        return Expr(f"({em.test(node.test)} ? {body.code} : {orelse.code})", "float")
    return Expr(f"({em.test(node.test)} ? {em.escape(body)} : {em.escape(orelse)})",
                t if t != "float" else None)


@handles(ast.NamedExpr)
def namedexpr(em: Emitter, node: ast.NamedExpr) -> Expr:
    if not isinstance(node.target, ast.Name):
        em.fail("SC124", node)
    value = em.expr(node.value)
    target_type = em.name_type(node.target.id)
    code = value.code if target_type == "float" and value.type == "float" else em.escape(value)
    return Expr(f"({em.js_name(node.target.id)} = {code})",
                value.type if target_type == value.type else None)


# -- subscripts and attributes --------------------------------------------------------------
def slice_args(em: Emitter, s: ast.Slice) -> str:
    parts = [em.val(p) if p is not None else "null" for p in (s.lower, s.upper, s.step)]
    while parts and parts[-1] == "null":
        parts.pop()
    return ", ".join(parts)


def _index(node: ast.Subscript) -> ast.AST:
    s = node.slice
    if isinstance(s, ast.Index):  # Python 3.8 compatibility shape
        return s.value  # pragma: no cover
    return s


@handles(ast.Subscript)
def subscript(em: Emitter, node: ast.Subscript) -> Expr:
    base = em.expr(node.value)
    index = _index(node)
    if isinstance(index, ast.Slice):
        args = slice_args(em, index)
        t = base.type if base.type in ("str", "list", "tuple") else None
        return Expr(f"{em.h('$slice')}({base.code}{', ' + args if args else ''})", t)
    key = em.expr(index)
    t = "str" if base.type == "str" else None
    if base.type in ("list", "tuple") and key.type == "int":
        return Expr(f"{em.h('$li')}({base.code}, {key.code})")
    if key.type == "str" and base.type != "str":
        # d["name"]: a str key needs no slice, index or hashing machinery.
        return Expr(f"{em.h('$getkey')}({base.code}, {key.code})", t)
    return Expr(f"{em.h('$getitem')}({base.code}, {em.escape(key)})", t)


@handles(ast.Attribute)
def attribute(em: Emitter, node: ast.Attribute) -> Expr:
    from .emit_attr import load_attribute

    return load_attribute(em, node)


@handles(ast.JoinedStr)
def joinedstr(em: Emitter, node: ast.JoinedStr) -> Expr:
    parts = []
    for v in node.values:
        if isinstance(v, ast.Constant):
            parts.append(js_str(v.value))
        elif isinstance(v, ast.FormattedValue):
            parts.append(formatted(em, v))
        else:
            em.unsupported(v, "f-string part", "simplify the f-string")
    if not parts:
        return Expr('""', "str")
    if len(parts) == 1 and not parts[0].startswith('"'):
        return Expr(parts[0], "str")
    return Expr("(" + " + ".join(parts) + ")", "str")


def str_of(em: Emitter, e: Expr) -> str:
    """JS code for Python str(value)."""
    if e.type == "str":
        return e.code
    if e.type == "int":
        return f"{em.h('$intstr')}({e.code})"
    if e.type == "float":
        return f"{em.h('$floatrepr')}({e.code})"
    if e.type == "bool":
        return f'({e.code} ? "True" : "False")'
    return f"{em.h('$str')}({e.code})"


def formatted(em: Emitter, v: ast.FormattedValue) -> str:
    value = em.expr(v.value)
    if v.conversion in (ord("r"), ord("a")):
        fn = "$repr" if v.conversion == ord("r") else "$ascii"
        value = Expr(f"{em.h(fn)}({em.escape(value)})", "str")
    elif v.conversion == ord("s"):
        value = Expr(str_of(em, value), "str")
    if v.format_spec is None:
        return str_of(em, value)
    spec = em.expr(v.format_spec)
    return f"{em.h('$format')}({em.escape(value)}, {spec.code})"


@handles(ast.FormattedValue)
def formattedvalue(em: Emitter, node: ast.FormattedValue) -> Expr:
    return Expr(formatted(em, node), "str")


@handles(ast.Starred)
def starred(em: Emitter, node: ast.Starred) -> Expr:
    em.unsupported(node, "starred expression here", "use *args only in calls, literals and targets")


@handles(ast.Await)
def await_(em: Emitter, node: ast.Await) -> Expr:
    return Expr(f"(await {em.val(node.value)})")


@handles(ast.Yield)
def yield_(em: Emitter, node: ast.Yield) -> Expr:
    if em.scope.is_async:
        em.unsupported(node, "async generator", "return a list, or yield from a plain generator")
    value = em.val(node.value) if node.value is not None else "null"
    return Expr(f"(yield {value})")


@handles(ast.YieldFrom)
def yieldfrom(em: Emitter, node: ast.YieldFrom) -> Expr:
    return Expr(f"(yield* {em.h('$iterable')}({em.val(node.value)}))")
