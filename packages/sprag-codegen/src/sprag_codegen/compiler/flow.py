"""Definite assignment: which reads of a local may happen before it is bound.

Those reads compile to a check that raises UnboundLocalError, as CPython does; reads that are
certainly bound (the common case) stay plain variable accesses.
"""

from __future__ import annotations

import ast
from typing import Dict, FrozenSet, List, Optional, Set

from .scopes import COMPREHENSION_NODES, Scope

__all__ = ["maybe_unbound_reads"]

ALL = None  # "every name is bound" (after return/raise/break/continue: unreachable)


def _meet(a: Optional[FrozenSet[str]], b: Optional[FrozenSet[str]]) -> Optional[FrozenSet[str]]:
    if a is ALL:
        return b
    if b is ALL:
        return a
    return a & b


class _Flow:
    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.locals = {n for n in scope.bound if scope.owns(n)} - set(scope.params)
        self.unsafe: Set[int] = set()

    # -- expressions -----------------------------------------------------------------------
    def expr(self, node: Optional[ast.AST], cur: Optional[FrozenSet[str]]):
        if node is None or cur is ALL:
            return cur
        # Iterative pre-order walk (faster than ast.iter_child_nodes); a lambda's body and a
        # comprehension beyond its first iterable run later, in their own scope.
        local, unsafe = self.locals, self.unsafe
        Name, NamedExpr, Lambda, AST = ast.Name, ast.NamedExpr, ast.Lambda, ast.AST
        stack = [node]
        while stack:
            n = stack.pop()
            t = type(n)
            if t is Name:
                if n.id in local and n.id not in cur and type(n.ctx) is ast.Load:
                    unsafe.add(id(n))
                continue
            if t is Lambda:
                continue
            if t in _COMPREHENSIONS:
                stack.append(n.generators[0].iter)
                continue
            if t is NamedExpr and type(n.target) is Name:
                cur = cur | {n.target.id}
            children = []
            for field in n._fields:
                v = getattr(n, field, None)
                if type(v) is list:
                    children.extend(x for x in v if isinstance(x, AST))
                elif isinstance(v, AST):
                    children.append(v)
            stack.extend(reversed(children))
        return cur

    # -- statements ------------------------------------------------------------------------
    def block(self, stmts: List[ast.stmt], cur):
        for s in stmts:
            cur = self.stmt(s, cur)
        return cur

    def stmt(self, s: ast.stmt, cur):
        if isinstance(s, ast.Assign):
            cur = self.expr(s.value, cur)
            for t in s.targets:
                cur = self.target(t, cur)
            return cur
        if isinstance(s, ast.AnnAssign):
            cur = self.expr(s.value, cur)
            return self.target(s.target, cur) if s.value is not None else cur
        if isinstance(s, ast.AugAssign):
            cur = self.expr(s.value, cur)
            self.expr(s.target if not isinstance(s.target, ast.Name) else
                      ast.Name(s.target.id, ast.Load()), cur)
            if isinstance(s.target, ast.Name) and s.target.id in self.locals and (
                    cur is not ALL and s.target.id not in cur):
                self.unsafe.add(id(s.target))
            return self.target(s.target, cur)
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for d in s.decorator_list:
                cur = self.expr(d, cur)
            if not isinstance(s, ast.ClassDef):
                for d in s.args.defaults + [d for d in s.args.kw_defaults if d]:
                    cur = self.expr(d, cur)
            return _add(cur, {s.name})
        if isinstance(s, (ast.Return, ast.Expr)):
            cur = self.expr(s.value, cur)
            return ALL if isinstance(s, ast.Return) else cur
        if isinstance(s, ast.Raise):
            self.expr(s.exc, cur)
            self.expr(s.cause, cur)
            return ALL
        if isinstance(s, (ast.Break, ast.Continue)):
            return ALL
        if isinstance(s, ast.If):
            cur = self.expr(s.test, cur)
            return _meet(self.block(s.body, cur), self.block(s.orelse, cur))
        if isinstance(s, (ast.For, ast.AsyncFor)):
            cur = self.expr(s.iter, cur)
            self.block(s.body, self.target(s.target, cur))
            self.block(s.orelse, cur)
            return cur
        if isinstance(s, ast.While):
            cur = self.expr(s.test, cur)
            self.block(s.body, cur)
            self.block(s.orelse, cur)
            return cur
        if isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
            body = self.block(s.body, cur)
            out = self.block(s.orelse, body)
            for h in s.handlers:
                self.expr(h.type, cur)
                hcur = _add(cur, {h.name}) if h.name else cur
                out = _meet(out, self.block(h.body, hcur))
            fin = self.block(s.finalbody, cur)
            if fin is ALL:
                return ALL
            return out if out is ALL else out | (fin - (cur or frozenset()))
        if type(s).__name__ == "Match":
            cur = self.expr(s.subject, cur)
            out = ALL
            for case in s.cases:
                names = {n.name for n in ast.walk(case.pattern) if getattr(n, "name", None)}
                names |= {n.rest for n in ast.walk(case.pattern) if getattr(n, "rest", None)}
                ccur = _add(cur, names)
                ccur = self.expr(case.guard, ccur)
                out = _meet(out, self.block(case.body, ccur))
            return _meet(out, cur)
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            return _add(cur, {(a.asname or a.name).split(".")[0] for a in s.names})
        if isinstance(s, ast.Delete):
            for t in s.targets:
                if isinstance(t, ast.Name):
                    _DELETED.add(t.id)
                    if t.id in self.locals and cur is not ALL and t.id not in cur:
                        self.unsafe.add(id(t))
                    if cur is not ALL:
                        cur = cur - {t.id}
                else:
                    cur = self.expr(t, cur)
            return cur
        for child in ast.iter_child_nodes(s):
            if isinstance(child, ast.expr):
                cur = self.expr(child, cur)
        return cur

    def target(self, t: ast.AST, cur):
        names = set()
        for sub in ast.walk(t):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                names.add(sub.id)
            elif isinstance(sub, ast.expr) and not isinstance(sub, (ast.Name, ast.Tuple,
                                                                    ast.List, ast.Starred)):
                self.expr(sub, cur)
        return _add(cur, names)


def _add(cur, names) -> Optional[FrozenSet[str]]:
    return ALL if cur is ALL else cur | frozenset(names)


_COMPREHENSIONS = frozenset(COMPREHENSION_NODES)


def maybe_unbound_reads(scopes: Dict[ast.AST, Scope]) -> Set[int]:
    """ids of ast.Name loads (and ``del`` targets) that may run before the name is bound.

    In functions the check raises UnboundLocalError; at module level NameError. The module's
    names that may be unbound when a function reads them (bound only on some paths, or
    deleted somewhere) are returned in the set as their str names.
    """
    unsafe: Set = set()
    _DELETED.clear()
    module_end = module_locals = before_call = None
    for scope in scopes.values():
        if scope.kind not in ("function", "module"):
            continue
        flow = _Flow(scope)
        if not flow.locals:
            continue
        if scope.kind == "module":
            # Module statements run in order; a function can first run at the first statement
            # that calls something: names not yet bound then may be read unbound.
            cur: Optional[FrozenSet[str]] = frozenset()
            before_call = None
            for stmt in scope.node.body:
                if before_call is None and cur is not ALL and _may_call(stmt):
                    before_call = cur
                cur = flow.stmt(stmt, cur)
            unsafe |= flow.unsafe
            module_end, module_locals = cur, flow.locals
            if before_call is None:
                before_call = cur
            continue
        flow.block(scope.node.body, frozenset())
        unsafe |= flow.unsafe
    if module_locals is not None:
        # Module names a function may read while unbound: bound only on some paths, bound only
        # after the module first calls something, or deleted somewhere (any `del` of the name).
        maybe = set(_DELETED)
        if module_end is not ALL:
            maybe |= module_locals - module_end
        if before_call is not ALL:
            maybe |= module_locals - before_call
        unsafe |= {"global:" + n for n in maybe}
    return unsafe


def _may_call(stmt: ast.stmt) -> bool:
    """Whether running this module statement may call a function (not counting def bodies)."""
    stack: List[ast.AST] = [stmt]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Call):
            return True
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            stack.extend(n.decorator_list)
            stack.extend(n.args.defaults)
            stack.extend(d for d in n.args.kw_defaults if d is not None)
            continue
        if isinstance(n, ast.Lambda):
            continue
        stack.extend(ast.iter_child_nodes(n))
    return False


_DELETED: Set[str] = set()  # names some `del` statement removes (filled by the flow pass)
