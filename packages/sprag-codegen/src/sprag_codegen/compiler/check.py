"""The check pass: module-wide rejections found before emitting (diagnostics as data)."""

from __future__ import annotations

import ast
from typing import List

from .context import ModuleContext

__all__ = ["check_module"]


def check_module(ctx: ModuleContext, nodes: List[ast.AST], context_of) -> None:
    """Record diagnostics for constructs that are wrong wherever they appear."""
    for node in nodes:
        if type(node) is not ast.Constant:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, bytes):
            ctx.diagnostic("SC120", node, context_of(node))
        elif isinstance(node, ast.Constant) and isinstance(node.value, complex):
            ctx.diagnostic("SC119", node, context_of(node))


def contexts(tree: ast.Module) -> dict:
    """Map each node to its 'Class.method' / 'function' / '<module>' context name."""
    out = {}

    def visit(node: ast.AST, name: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = child.name if name == "<module>" else f"{name}.{child.name}"
                out[child] = name
                visit(child, inner)
            else:
                out[child] = name
                visit(child, name)

    visit(tree, "<module>")
    return out


def used_names(nodes: List[ast.AST]) -> set:
    return {n.id for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name)}
