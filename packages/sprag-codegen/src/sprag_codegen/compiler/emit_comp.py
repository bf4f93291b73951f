"""Comprehensions and generator expressions, each in its own scope like Python 3."""

from __future__ import annotations

import ast
from typing import List

from .context import Expr
from .emit_expr import handles
from .emit_stmt import assign_to
from .emitter import Emitter, FunctionState
from .names import js_ident

__all__: List[str] = []


@handles(ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
def comprehension(em: Emitter, node) -> Expr:
    scope = em.ctx.scopes[node]
    for sub in ast.walk(node):
        if isinstance(sub, ast.Await):
            em.unsupported(sub, "await inside a comprehension", "await in a regular for loop")
    if any(g.is_async for g in node.generators):
        em.unsupported(node, "async comprehension", "use a regular for loop with await")
    first = em.expr(node.generators[0].iter)
    keep = "" if isinstance(node.generators[0].iter, (ast.Call, ast.GeneratorExp)) else ", true"
    first_code = first.code if first.type in ("list", "tuple", "str") else \
        f"{em.h('$iterable')}({first.code}{keep})"
    state = FunctionState(scope, in_method=False)
    saved = em.enter(scope, state)
    gen = isinstance(node, ast.GeneratorExp)
    if not gen:
        init = {ast.ListComp: "[]", ast.SetComp: f"{em.h('$newset')}()" if isinstance(node, ast.SetComp) else "",
                ast.DictComp: "new Map()"}[type(node)]
        em.line(f"const $r = {init};")
    depth = 0
    for i, g in enumerate(node.generators):
        if g.is_async:
            em.unsupported(node, "async comprehension", "use a regular for loop with await")
        if i == 0:
            src = first_code
        else:
            it = em.expr(g.iter)
            src = it.code if it.type in ("list", "tuple", "str") else f"{em.h('$iterable')}({it.code})"
        v = f"$c{i}"
        em.line(f"for (const {v} of {src}) {{")
        em.w.indent += 1
        depth += 1
        assign_to(em, g.target, Expr(v))
        for cond in g.ifs:
            em.line(f"if (!{em.test(cond)}) continue;")
    if isinstance(node, ast.ListComp):
        em.line(f"$r.push({em.val(node.elt)});")
    elif isinstance(node, ast.SetComp):
        em.line(f"{em.h('$sadd')}($r, {em.val(node.elt)});")
    elif isinstance(node, ast.DictComp):
        em.line(f"$r.set({em.h('$mk')}($r, {em.val(node.key)}), {em.val(node.value)});")
    else:
        em.line(f"yield {em.val(node.elt)};")
    for _ in range(depth):
        em.w.indent -= 1
        em.line("}")
    if not gen:
        em.line("return $r;")
    inner = em.leave(saved)
    names = [js_ident(n) for n in scope.declared()] + state.temps
    decl = f"let {', '.join(names)}; " if names else ""
    texts, _ = inner.render()
    body = decl + " ".join(t.strip() for t in texts)
    t = {ast.ListComp: "list", ast.SetComp: "set", ast.DictComp: "dict"}.get(type(node))
    if gen:
        return Expr(f"(function* () {{ {body} }})()")
    return Expr(f"(() => {{ {body} }})()", t)
