"""match/case: each case becomes a JS condition over the subject; captures bind as they match."""

from __future__ import annotations

import ast
from typing import List

from .emit_stmt import handles
from .emitter import Emitter

__all__: List[str] = []

_BUILTIN_SELF_MATCH = {"int", "float", "str", "bool", "list", "dict", "tuple", "set"}


def _bind(em: Emitter, name: str, subject: str) -> str:
    return f"(({em.js_name(name)} = {subject}), true)"


def pattern(em: Emitter, p: ast.AST, subject: str) -> str:
    """A JS boolean expression: does `subject` match `p` (binding captures as it goes)?"""
    if isinstance(p, ast.MatchValue):
        value = em.expr(p.value)
        return f"{em.h('$eq')}({subject}, {em.escape(value)})"
    if isinstance(p, ast.MatchSingleton):
        if p.value is None:
            return f"({subject} == null)"
        return f"({subject} === {'true' if p.value else 'false'})"
    if isinstance(p, ast.MatchAs):
        if p.pattern is None:
            return _bind(em, p.name, subject) if p.name else "true"
        inner = pattern(em, p.pattern, subject)
        return f"({inner} && {_bind(em, p.name, subject)})" if p.name else inner
    if isinstance(p, ast.MatchOr):
        return "(" + " || ".join(pattern(em, alt, subject) for alt in p.patterns) + ")"
    if isinstance(p, ast.MatchSequence):
        return _sequence(em, p, subject)
    if isinstance(p, ast.MatchMapping):
        return _mapping(em, p, subject)
    if isinstance(p, ast.MatchClass):
        return _class(em, p, subject)
    em.unsupported(p, type(p).__name__, "use literal, capture, sequence, mapping or class patterns")


def _sequence(em: Emitter, p: ast.MatchSequence, subject: str) -> str:
    t = em.temp("s")
    stars = [i for i, sub in enumerate(p.patterns) if isinstance(sub, ast.MatchStar)]
    n = len(p.patterns)
    parts = [f"({t} = {em.h('$matchseq')}({subject})) !== null"]
    if stars:
        parts.append(f"{t}.length >= {n - 1}")
    else:
        parts.append(f"{t}.length === {n}")
    star = stars[0] if stars else None
    for i, sub in enumerate(p.patterns):
        if isinstance(sub, ast.MatchStar):
            if sub.name:
                after = n - i - 1
                parts.append(_bind(em, sub.name, f"{t}.slice({i}, {t}.length - {after})"))
            continue
        index = f"{t}[{i}]" if star is None or i < star else f"{t}[{t}.length - {n - i}]"
        parts.append(pattern(em, sub, index))
    return "(" + " && ".join(parts) + ")"


def _mapping(em: Emitter, p: ast.MatchMapping, subject: str) -> str:
    parts = [f"{em.h('$matchmap')}({subject})"]
    keys = []
    for key, sub in zip(p.keys, p.patterns):
        k = em.val(key)
        keys.append(k)
        parts.append(f"{em.h('$in')}({k}, {subject})")
        parts.append(pattern(em, sub, f"{em.h('$getitem')}({subject}, {k})"))
    if p.rest:
        parts.append(_bind(em, p.rest, f"{em.h('$maprest')}({subject}, [{', '.join(keys)}])"))
    return "(" + " && ".join(parts) + ")"


def _class(em: Emitter, p: ast.MatchClass, subject: str) -> str:
    from .builtins import type_ref

    cls_node = p.cls
    cls = type_ref(em, cls_node)
    parts = [f"{em.h('$isinstance')}({subject}, {cls})"]
    builtin = isinstance(cls_node, ast.Name) and cls_node.id in _BUILTIN_SELF_MATCH \
        and em.is_builtin(cls_node.id)
    for i, sub in enumerate(p.patterns):
        if builtin:
            if i > 0:
                em.unsupported(sub, "several positional sub-patterns for a builtin type",
                               "use one: case int(x)")
            parts.append(pattern(em, sub, subject))
        else:
            parts.append(pattern(em, sub, f"{em.h('$matcharg')}({cls}, {i}, {subject}, "
                                          f"{len(p.patterns)})"))
    for attr, sub in zip(p.kwd_attrs, p.kwd_patterns):
        js = em.ctx.dialect.js_attribute(attr)
        jsarg = f', "{js}"' if js != attr else ", undefined"
        parts.append(f"{em.h('$hasattr')}({subject}, \"{attr}\"{jsarg})")
        parts.append(pattern(em, sub, f"{em.h('$getattr')}({subject}, \"{attr}\"{jsarg})"))
    return "(" + " && ".join(parts) + ")"


if hasattr(ast, "Match"):

    @handles(ast.Match)
    def match_(em: Emitter, node) -> None:
        subject = em.temp("m")
        em.line(f"{subject} = {em.val(node.subject)};")
        first = True
        for case in node.cases:
            cond = pattern(em, case.pattern, subject)
            if case.guard is not None:
                cond = f"{cond} && {em.test(case.guard)}"
            saved = em.w.loc
            em.w.loc = (case.pattern.lineno, case.pattern.col_offset)
            em.line(f"if ({cond}) {{" if first else f"}} else if ({cond}) {{")
            em.w.loc = saved
            em.body(case.body)
            first = False
        if not first:
            em.line("}")
