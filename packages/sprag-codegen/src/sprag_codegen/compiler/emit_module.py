"""The module pass: pre-scan, emit the body, then link helpers, imports and exports."""

from __future__ import annotations

import ast
from typing import List, Optional, Tuple

from ..runtime import render_helpers
from .context import ModuleContext, Writer
from .emit_class import collect_class_info
from .emitter import Emitter
from .names import js_ident

__all__ = ["emit_module", "link"]


def _prescan(ctx: ModuleContext, tree: ast.Module) -> None:
    """Module-wide facts: classes, attribute/method names, names emitted as JS declarations."""
    module_scope = ctx.scopes[tree]
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef):
            if stmt.name in ctx.classes:
                ctx.classes.pop(stmt.name)
                ctx.classes_rebound.add(stmt.name)
            elif stmt.name not in ctx.classes_rebound:
                ctx.classes[stmt.name] = None  # filled below
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name in ctx.classes and ctx.classes[stmt.name] is None:
            ctx.classes[stmt.name] = stmt
    stored = set()
    for node in ctx.all_nodes:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            stored.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            ctx.attribute_names.add(node.attr)
        elif isinstance(node, ast.ClassDef):
            for s in node.body:
                if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    decos = {getattr(d, "id", getattr(d, "attr", None)) for d in s.decorator_list}
                    if decos & {"property", "setter"}:
                        ctx.attribute_names.add(s.name)
                    else:
                        ctx.method_names.add(s.name)
                elif isinstance(s, (ast.Assign, ast.AnnAssign)):
                    targets = s.targets if isinstance(s, ast.Assign) else [s.target]
                    for t in targets:
                        if isinstance(t, ast.Name):
                            ctx.attribute_names.add(t.id)
    for scope in ctx.scopes.values():
        if scope.kind not in ("module", "function"):
            continue
        bound_once = ctx.types.functions.get(id(scope), {})
        names = set()
        counts = {}
        for stmt in _direct(scope.node):
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                counts[stmt.name] = counts.get(stmt.name, 0) + 1
        for stmt in _direct(scope.node):
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and not stmt.decorator_list \
                    and bound_once.get(stmt.name) is stmt:
                names.add(stmt.name)
            elif isinstance(stmt, ast.ClassDef) and not stmt.decorator_list \
                    and counts.get(stmt.name) == 1 and stmt.name not in stored \
                    and not any(stmt.name in c.nonlocals for c in scope.children):
                names.add(stmt.name)
        ctx.declared_functions[id(scope)] = names
    _ = module_scope


def _direct(node: ast.AST) -> List[ast.stmt]:
    return list(getattr(node, "body", [])) if not isinstance(node, ast.Lambda) else []


def emit_module(ctx: ModuleContext, tree: ast.Module) -> Emitter:
    _prescan(ctx, tree)
    module_scope = ctx.scopes[tree]
    em = Emitter(ctx, module_scope)
    for name, node in list(ctx.classes.items()):
        ctx.classes[name] = collect_class_info(em, node)
    # Imports first: they bind names every later statement may use.
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            em.stmt(stmt)
    for stmt in tree.body:
        if not isinstance(stmt, (ast.Import, ast.ImportFrom)):
            em.stmt(stmt)
    return em


def link(ctx: ModuleContext, em: Emitter, tree: ast.Module, helpers: str,
         helpers_specifier: str) -> Tuple[str, int, List[Optional[Tuple[int, int]]], List[str]]:
    """Assemble the final module text and its per-line source locations."""
    scope = ctx.scopes[tree]
    out = Writer()
    declared_fns = ctx.declared_functions.get(id(scope), set())
    exports = []
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if stmt.name not in exports and not stmt.name.startswith("__sprag_"):
                exports.append(stmt.name)
    used = sorted(ctx.helpers)
    head: List[str] = []
    if helpers == "import" and used:
        head.append(f'import {{ {", ".join(used)} }} from "{helpers_specifier}";')
    for spec, names in ctx.imports.items():
        parts = [f"{export} as {local}" for export, local in names.items()]
        head.append(f'import {{ {", ".join(parts)} }} from "{spec}";')
    if helpers == "inline" and used:
        head.append(render_helpers(used).rstrip("\n"))
    variables = [js_ident(n) for n in scope.declared()
                 if n not in declared_fns and n not in ctx.aliases]
    variables += em.fn.temps
    if variables:
        out.line(f"let {', '.join(variables)};")
    out.extend(em.w)
    if exports:
        parts = [js_ident(n) if js_ident(n) == n else f"{js_ident(n)} as {n}" for n in exports]
        out.line(f"export {{ {', '.join(parts)} }};")
    texts, locs = out.render()
    head_text = "\n".join(head)
    head_lines = head_text.count("\n") + 1 if head else 0
    code = (head_text + "\n" if head else "") + "\n".join(texts) + "\n"
    return code, head_lines, locs, exports
