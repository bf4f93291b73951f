"""Statement handlers: assignment, control flow, exceptions, imports."""

from __future__ import annotations

import ast
import re
from typing import List, Union

from .context import Expr
from .emit_attr import store_attribute
from .emit_expr import _index, binop_code, slice_args
from .emitter import STMT_HANDLERS, Emitter, LoopState
from .types import NUMERIC

__all__: List[str] = []

_INPLACE = {ast.Add: "+", ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^", ast.Sub: "-"}


def handles(*types):
    def register(fn):
        for t in types:
            STMT_HANDLERS[t] = fn
        return fn
    return register


@handles(ast.Expr)
def expr_stmt(em: Emitter, node: ast.Expr) -> None:
    if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
        return  # docstring
    code = em.expr(node.value).code
    if code.startswith("{") or code.startswith("function"):
        code = f"({code})"
    em.line(code + ";")


@handles(ast.Pass)
def pass_(em: Emitter, node: ast.Pass) -> None:
    pass


# -- assignment -----------------------------------------------------------------------------
def assign_to(em: Emitter, target: ast.AST, value: Expr) -> None:
    """Emit the statements that bind `value` (already compiled) to a Python target."""
    if isinstance(target, ast.Name):
        owner = em.owner_of(target.id)
        if owner is not None and owner.kind == "class":
            em.line(f"{em.h('$classattr')}({em.class_ref(owner)}, \"{target.id}\", "
                    f"{em.escape(value)});")
            return
        t = em.name_type(target.id)
        if t == "float":
            # A float-typed local always holds a primitive (unbox if inference was looser).
            code = value.code if value.type == "float" else f"(+{value.code})"
        else:
            code = em.escape(value)
        em.line(f"{em.js_name(target.id)} = {code};")
    elif isinstance(target, ast.Attribute):
        em.line(store_attribute(em, target, em.escape(value)) + ";")
    elif isinstance(target, ast.Subscript):
        base = em.val(target.value)
        index = _index(target)
        if isinstance(index, ast.Slice):
            args = slice_args(em, index).split(", ") if slice_args(em, index) else []
            args += ["null"] * (3 - len(args))
            em.line(f"{em.h('$setslice')}({base}, {', '.join(args)}, {em.escape(value)});")
        else:
            key = em.expr(index)
            base_type = em.ctx.types.expr_type(target.value, em.scope)
            fn = "$ls" if base_type == "list" and key.type == "int" else "$setitem"
            em.line(f"{em.h(fn)}({base}, {em.escape(key)}, {em.escape(value)});")
    elif isinstance(target, (ast.Tuple, ast.List)):
        unpack(em, target, value)
    elif isinstance(target, ast.Starred):
        em.unsupported(target, "starred assignment target here", "use a, *rest = items")
    else:
        em.unsupported(target, "this assignment target", "assign to a name, attribute or item")


def unpack(em: Emitter, target: ast.AST, value: Expr) -> None:
    elts = target.elts
    stars = [i for i, e in enumerate(elts) if isinstance(e, ast.Starred)]
    if len(stars) > 1:
        em.unsupported(target, "several starred targets", "use one *name per unpacking")
    tmp = em.temp()
    if stars:
        i = stars[0]
        em.line(f"{tmp} = {em.h('$unpackstar')}({em.escape(value)}, {i}, {len(elts) - i - 1});")
    else:
        em.line(f"{tmp} = {em.h('$unpack')}({em.escape(value)}, {len(elts)});")
    for i, e in enumerate(elts):
        if isinstance(e, ast.Starred):
            e = e.value
        assign_to(em, e, Expr(f"{tmp}[{i}]"))


@handles(ast.Assign)
def assign(em: Emitter, node: ast.Assign) -> None:
    targets = node.targets
    # a, b = x, y: evaluate every value first, then bind (swaps work).
    if (len(targets) == 1 and isinstance(targets[0], (ast.Tuple, ast.List))
            and isinstance(node.value, (ast.Tuple, ast.List))
            and len(targets[0].elts) == len(node.value.elts)
            and not any(isinstance(e, ast.Starred) for e in targets[0].elts + node.value.elts)):
        temps = []
        for v in node.value.elts:
            t = em.temp()
            em.line(f"{t} = {em.val(v)};")
            temps.append(t)
        for tgt, t in zip(targets[0].elts, temps):
            assign_to(em, tgt, Expr(t))
        return
    value = em.expr(node.value)
    if len(targets) > 1:
        t = em.temp()
        em.line(f"{t} = {em.escape(value) if value.type == 'float' else value.code};")
        value = Expr(t, value.type)
    for target in targets:
        assign_to(em, target, value)


@handles(ast.AnnAssign)
def annassign(em: Emitter, node: ast.AnnAssign) -> None:
    if node.value is None:
        return
    assign_to(em, node.target, em.expr(node.value))


@handles(ast.AugAssign)
def augassign(em: Emitter, node: ast.AugAssign) -> None:
    target = node.target
    op = node.op
    if isinstance(target, ast.Name):
        cur = em.expr(target)
        right = em.expr(node.value)
        if type(op) in _INPLACE and cur.type not in NUMERIC + ("str",) and \
                not (isinstance(op, ast.Sub) and cur.type in ("list", "dict")):
            # lists, dicts and sets update in place (aliases see the change)
            if cur.type is None or cur.type in ("list", "dict", "set"):
                res = Expr(f"{em.h('$inplace')}(\"{_INPLACE[type(op)]}\", {cur.code}, "
                           f"{em.escape(right)})")
                assign_to(em, target, res)
                return
        assign_to(em, target, binop_code(em, op, cur, right, node))
        return
    if isinstance(target, ast.Attribute):
        from .emit_attr import always_has

        obj = em.temp()
        em.line(f"{obj} = {em.val(target.value)};")
        js = em.ctx.dialect.js_attribute(target.attr)
        jsarg = f', "{js}"' if js != target.attr else ""
        cur = Expr(f"{obj}.{js}") if always_has(em, target.value, target.attr) else \
            Expr(f'{em.h("$ga")}(null, {obj}, "{target.attr}"{jsarg})')
        res = _inplace_or_binop(em, op, cur, em.expr(node.value), node)
        if isinstance(target.value, ast.Name) and target.value.id in em.scope_self_names():
            em.line(f"{obj}.{js} = {res};")
        else:
            name = f', "{target.attr}"' if js != target.attr else ""
            em.line(f'{em.h("$sa")}({obj}, "{js}", {res}{name});')
        return
    if isinstance(target, ast.Subscript):
        index = _index(target)
        if isinstance(index, ast.Slice):
            em.unsupported(target, "augmented assignment to a slice", "assign the slice instead")
        obj, key = em.temp(), em.temp()
        em.line(f"{obj} = {em.val(target.value)};")
        em.line(f"{key} = {em.val(index)};")
        cur = Expr(f"{em.h('$getitem')}({obj}, {key})")
        res = _inplace_or_binop(em, op, cur, em.expr(node.value), node)
        em.line(f"{em.h('$setitem')}({obj}, {key}, {res});")
        return
    em.unsupported(target, "this augmented assignment target", "use a name, attribute or item")


def _inplace_or_binop(em: Emitter, op, cur: Expr, right: Expr, node) -> str:
    if type(op) in _INPLACE:
        return f"{em.h('$inplace')}(\"{_INPLACE[type(op)]}\", {cur.code}, {em.escape(right)})"
    return em.escape(binop_code(em, op, cur, right, node))


@handles(ast.Delete)
def delete(em: Emitter, node: ast.Delete) -> None:
    for target in node.targets:
        if isinstance(target, ast.Subscript):
            index = _index(target)
            if isinstance(index, ast.Slice):
                args = slice_args(em, index).split(", ") if slice_args(em, index) else []
                args += ["null"] * (3 - len(args))
                em.line(f"{em.h('$delslice')}({em.val(target.value)}, {', '.join(args)});")
            else:
                em.line(f"{em.h('$delitem')}({em.val(target.value)}, {em.val(index)});")
        elif isinstance(target, ast.Attribute):
            js = em.ctx.dialect.js_attribute(target.attr)
            em.line(f"delete {em.val(target.value)}.{js};")
        elif isinstance(target, ast.Name):
            owner = em.owner_of(target.id)
            if owner is None or owner.kind == "class":
                em.fail("SC104", node)
            check = em.load_name(target).code
            if check != em.js_name(target.id):
                em.line(f"{check};")
            em.line(f"{em.js_name(target.id)} = undefined;")
        else:
            em.unsupported(target, "del of this target", "delete items or attributes one by one")


# -- control flow ---------------------------------------------------------------------------
@handles(ast.Return)
def return_(em: Emitter, node: ast.Return) -> None:
    if em.scope.kind == "module":
        em.unsupported(node, "'return' outside a function", "only return inside a def")
    if node.value is None:
        em.line("return null;")
    else:
        em.line(f"return {em.val(node.value)};")


@handles(ast.If)
def if_(em: Emitter, node: ast.If) -> None:
    em.line(f"if ({em.test(node.test)}) {{")
    em.body(node.body)
    orelse = node.orelse
    while len(orelse) == 1 and isinstance(orelse[0], ast.If):
        nested = orelse[0]
        saved = em.w.loc
        em.w.loc = (nested.lineno, nested.col_offset)
        em.line(f"}} else if ({em.test(nested.test)}) {{")
        em.w.loc = saved
        em.body(nested.body)
        orelse = nested.orelse
    if orelse:
        em.line("} else {")
        em.body(orelse)
    em.line("}")


def _loop(em: Emitter, header: str, node, prelude: List[str]) -> None:
    label = None
    if node.orelse:
        label = em.temp("L")[1:]
        em.fn.temps.pop()
        label = "$" + label
        em.line(f"{label}: {{")
        em.w.indent += 1
    em.fn.loops.append(LoopState(label))
    em.line(header)
    em.w.indent += 1
    for p in prelude:
        em.line(p)
    em.w.indent -= 1
    em.body(node.body)
    em.line("}")
    em.fn.loops.pop()
    if node.orelse:
        for s in node.orelse:
            em.stmt(s)
        em.w.indent -= 1
        em.line("}")


@handles(ast.While)
def while_(em: Emitter, node: ast.While) -> None:
    _loop(em, f"while ({em.test(node.test)}) {{", node, [])


def _range_loop(em: Emitter, node: ast.For):
    it = node.iter
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
            and em.is_builtin("range") and not it.keywords and 1 <= len(it.args) <= 3
            and isinstance(node.target, ast.Name)):
        return None
    args = [em.expr(a) for a in it.args]
    if any(a.type != "int" for a in args):
        return None
    step = 1
    if len(args) == 3:
        s = it.args[2]
        if isinstance(s, ast.UnaryOp) and isinstance(s.op, ast.USub) and isinstance(s.operand, ast.Constant):
            step = -s.operand.value
        elif isinstance(s, ast.Constant):
            step = s.value
        else:
            step = None
        if step == 0:
            return None
    start = args[0].code if len(args) > 1 else "0"
    stop = args[1].code if len(args) > 1 else args[0].code
    literal = re.compile(r"\(?-?\d+\)?")
    if step is not None and literal.fullmatch(start) and abs(int(start.strip("()"))) < 2**52 \
            and abs(step) < 2**20:
        # A small literal start and step: the counter cannot reach 2**53 in any real run time.
        i, end = em.temp("i"), em.temp("n")
        em.fn.temps.remove(i)
        em.fn.temps.remove(end)
        cmp = "<" if step > 0 else ">"
        header = f"for (let {i} = {start}, {end} = {stop}; {i} {cmp} {end}; {i} += {step}) {{"
        return [], header, [f"{em.js_name(node.target.id)} = {i};"]
    # A start, stop or step past 2**53 makes the counter a BigInt ($rs), normalised back to a
    # number for the loop variable; numbers (the usual case) pay one typeof per iteration.
    i, end, st = em.temp("i"), em.temp("n"), em.temp("s")
    step_code = args[2].code if len(args) == 3 else "1"
    check = f"typeof {i} !== \"number\" || typeof {st} !== \"number\" || typeof {end} !== \"number\""
    if step is None:
        check += f" || {st} === 0"
        cond = f"{st} > 0 ? {i} < {end} : {i} > {end}"
    else:
        cond = f"{i} {'<' if step > 0 else '>'} {end}"
    pre = [f"{i} = {start}, {end} = {stop}, {st} = {step_code};",
           f"if ({check}) [{i}, {st}, {end}] = {em.h('$rs')}({i}, {st}, {end});"]
    header = f"for (; {cond}; {i} += {st}) {{"
    target = em.js_name(node.target.id)
    return pre, header, [f"{target} = typeof {i} === \"number\" ? {i} : {em.h('$big')}({i});"]


@handles(ast.For)
def for_(em: Emitter, node: ast.For) -> None:
    ranged = _range_loop(em, node)
    if ranged is not None:
        pre, header, prelude = ranged
        for line in pre:
            em.line(line)
        _loop(em, header, node, prelude)
        return
    it = em.expr(node.iter)
    # A generator held in a variable survives `break` (CPython keeps it alive); a temporary
    # one is closed at once, running its finally blocks.
    keep = "" if isinstance(node.iter, (ast.Call, ast.GeneratorExp)) else ", true"
    source = it.code if it.type in ("list", "tuple", "str") else \
        f"{em.h('$iterable')}({it.code}{keep})"
    _for_of(em, node, "for", source)


@handles(ast.AsyncFor)
def async_for(em: Emitter, node: ast.AsyncFor) -> None:
    """``__aiter__`` once, then ``await __anext__()`` until StopAsyncIteration (a JS
    ``for await`` over the runtime's adapter)."""
    source = f"{em.h('$aiterable')}({em.val(node.iter)})"
    _for_of(em, node, "for await", source)


def _for_of(em: Emitter, node: Union[ast.For, ast.AsyncFor], keyword: str, source: str) -> None:
    """``{keyword} (const v of source)``, the loop target assigned from ``v`` first."""
    v = em.temp("v")
    em.fn.temps.remove(v)
    saved = em.w
    from .context import Writer

    em.w = Writer()
    em.w.loc = saved.loc
    assign_to(em, node.target, Expr(v))
    prelude = [text for _, text, _ in em.w.lines]
    em.w = saved
    _loop(em, f"{keyword} (const {v} of {source}) {{", node, prelude)


@handles(ast.Break)
def break_(em: Emitter, node: ast.Break) -> None:
    loop = em.fn.loops[-1] if em.fn.loops else None
    if loop is not None and loop.break_label:
        em.line(f"break {loop.break_label};")
    else:
        em.line("break;")


@handles(ast.Continue)
def continue_(em: Emitter, node: ast.Continue) -> None:
    em.line("continue;")


# -- exceptions -----------------------------------------------------------------------------
@handles(ast.Raise)
def raise_(em: Emitter, node: ast.Raise) -> None:
    if node.exc is None:
        if not em.fn.exc_vars:
            em.unsupported(node, "bare 'raise' outside an except block", "raise an exception object")
        em.line(f"throw {em.fn.exc_vars[-1]};")
        return
    cause = f", {em.val(node.cause)}" if node.cause is not None else ""
    if em.fn.exc_vars:  # raised while handling: the handled exception is its __context__
        cause = (cause or ", undefined") + f", {em.fn.exc_vars[-1]}"
    em.line(f"throw {em.h('$raise')}({em.val(node.exc)}{cause});")


@handles(ast.Assert)
def assert_(em: Emitter, node: ast.Assert) -> None:
    msg = f"{em.val(node.msg)}" if node.msg is not None else ""
    em.line(f"if (!{em.test(node.test)}) throw new {em.h('$AssertionError')}({msg});")


def _handler_type(em: Emitter, node: ast.AST) -> str:
    from .builtins import type_ref

    return type_ref(em, node)


@handles(ast.Try)
def try_(em: Emitter, node: ast.Try) -> None:
    has_final = bool(node.finalbody)
    if has_final:
        em.line("try {")
        em.w.indent += 1
    ok = None
    if node.orelse:
        ok = em.temp("ok")
        em.line(f"{ok} = false;")
    if node.handlers:
        em.line("try {")
        em.body(node.body)
        if ok:
            em.line(f"  {ok} = true;")
        e = em.temp("e")
        em.fn.temps.remove(e)
        em.line(f"}} catch ({e}$) {{")
        em.w.indent += 1
        em.line(f"const {e} = {em.h('$pyexc')}({e}$);")
        em.fn.exc_vars.append(e)
        first = True
        for h in node.handlers:
            if h.type is None:
                cond = None
            else:
                cond = f"{em.h('$excmatch')}({e}, {_handler_type(em, h.type)})"
            saved = em.w.loc
            em.w.loc = (h.lineno, h.col_offset)
            if cond is None:
                em.line("{" if first else "} else {")
            else:
                em.line(f"if ({cond}) {{" if first else f"}} else if ({cond}) {{")
            em.w.loc = saved
            if h.name:
                em.line(f"  {em.js_name(h.name)} = {e};")
            _handler_body(em, h.body, e)
            first = False
            if cond is None:
                break
        if all(h.type is not None for h in node.handlers):
            em.line(f"}} else throw {e};")
        else:
            em.line("}")
        em.fn.exc_vars.pop()
        em.w.indent -= 1
        em.line("}")
    else:
        em.line("{")
        em.body(node.body)
        if ok:
            em.line(f"  {ok} = true;")
        em.line("}")
    if ok:
        em.line(f"if ({ok}) {{")
        em.body(node.orelse)
        em.line("}")
    if has_final:
        em.w.indent -= 1
        em.line("} finally {")
        em.body(node.finalbody)
        em.line("}")


def _handler_body(em: Emitter, body: List[ast.stmt], e: str) -> None:
    """An except block; what it raises gets the handled exception as __context__."""
    if all(isinstance(s, (ast.Pass, ast.Return, ast.Break, ast.Continue)) or
           (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
           or (isinstance(s, ast.Raise) and s.exc is None) for s in body):
        em.body(body)  # nothing in it can raise a new exception
        return
    em.w.indent += 1
    em.line("try {")
    em.body(body)
    em.line(f"}} catch ($x) {{ throw {em.h('$chain')}($x, {e}); }}")
    em.w.indent -= 1


STMT_HANDLERS[getattr(ast, "TryStar", type("NoTryStar", (), {}))] = lambda em, node: em.unsupported(
    node, "except*", "use a plain except")


@handles(ast.With)
def with_(em: Emitter, node: ast.With) -> None:
    _with_items(em, node, node.items)


@handles(ast.AsyncWith)
def async_with(em: Emitter, node: ast.AsyncWith) -> None:
    _with_items(em, node, node.items, awaited=True)


def _with_items(em: Emitter, node: Union[ast.With, ast.AsyncWith], items: List[ast.withitem],
                awaited: bool = False) -> None:
    """One context manager per level: __enter__, the body, then __exit__ exactly once
    (``async with``: ``await`` __aenter__ and __aexit__)."""
    item, rest = items[0], items[1:]
    mgr, pending, e = em.temp("w"), em.temp("p"), em.temp("e")
    em.fn.temps.remove(e)
    enter_name, exit_name, wait = ("__aenter__", "__aexit__", "await ") if awaited else ("__enter__", "__exit__", "")
    em.line(f"{mgr} = {em.h('$aenter' if awaited else '$enter')}({em.val(item.context_expr)});")
    enter = Expr(f"({wait}{mgr}.{enter_name}())")
    if item.optional_vars is not None:
        assign_to(em, item.optional_vars, enter)
    else:
        em.line(f"{enter.code};")
    em.line(f"{pending} = true;")
    em.line("try {")
    if rest:
        em.w.indent += 1
        _with_items(em, node, rest, awaited)
        em.w.indent -= 1
    else:
        em.body(node.body)
    em.line(f"}} catch ({e}$) {{")
    em.line(f"  {pending} = false;")
    em.line(f"  const {e} = {em.h('$pyexc')}({e}$);")
    em.line(f"  if (!{em.h('$truthy')}({wait}{mgr}.{exit_name}({e}.constructor, {e}, {em.h('$TB')}))) throw {e};")
    em.line(f"}} finally {{ if ({pending}) {wait}{mgr}.{exit_name}(null, null, null); }}")


@handles(ast.Global)
def global_(em: Emitter, node: ast.Global) -> None:
    pass  # resolved by the scope pass: the names bind in the module scope


@handles(ast.Nonlocal)
def nonlocal_(em: Emitter, node: ast.Nonlocal) -> None:
    pass
