"""The sprag dialect: ragot's dialect plus the framework's browser names.

``from sprag import Component, Module, ui, store, env, public_env, browser, imports`` compile
to the runtime files that implement them; every other name ``sprag`` exports (Controller,
action, page, Screen ...) is server-only and fails the build.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional

from ragot.dialect import ragot_dialect
from ragot.dialect.behaviour import runtime_names
from sprag_codegen.dialect import Dialect, ImportBinding, IntrinsicCall

from .errors import STORES_SHIM, BuildError

__all__ = ["RUNTIME_BASE", "sprag_dialect", "BuildError", "check_imports_aliases", "SERVER_ONLY"]

RUNTIME_BASE = "ragot"

SERVER_ONLY = "server-only: keep it in server.py/page.py and reach it with self.call_action(...)"

_SPRAG_NAMES = {
    "Module": ("sprag/module.js", "Module"),
    "store": ("sprag/stores.js", "store"),
    "env": ("sprag/env.js", "env"),
    "public_env": ("sprag/env.js", "publicEnv"),
    "browser": ("sprag/names.js", "browser"),
    "imports": ("sprag/names.js", "imports"),
}


def _upload_form(call: IntrinsicCall) -> str:
    """``self.upload_form(action, event, on_progress=None)`` -> ``uploadForm(...)`` from
    sprag/uploads.js (so only pages that upload ship the upload code)."""
    if call.star_args or call.star_kwargs:
        call.error("self.upload_form() takes (action, event, on_progress) without * or **",
                   'self.upload_form("upload_asset", event, self.on_progress)')
    given = dict(zip(("action", "event", "on_progress"), call.args))
    for key, value in call.kwargs:
        if key not in ("action", "event", "on_progress") or key in given:
            call.error(f"self.upload_form() got an unexpected or repeated argument {key!r}",
                       'self.upload_form("upload_asset", event, self.on_progress)')
        given[key] = value
    if len(call.args) > 3 or "action" not in given or "event" not in given:
        call.error("self.upload_form() takes the action's name, the submit event (or the form) "
                   "and an optional on_progress function",
                   'self.upload_form("upload_asset", event, self.on_progress)')
    fn = call.require("sprag/uploads.js", "uploadForm")
    return f"{fn}({given['action']}, {given['event']}, {given.get('on_progress', 'null')})"




def sprag_dialect(store_module: Optional[str] = None, store_names: Iterable[str] = ()) -> Dialect:
    """ragot's dialect extended with ``from sprag import ...`` for browser code.

    ``store_module`` (``"app.stores"``) with the names of the stores it declares becomes
    importable in browser code: its names resolve to browser copies of those stores.
    """
    names: Dict[str, tuple] = dict(runtime_names(RUNTIME_BASE))
    names.update(_SPRAG_NAMES)
    base = ragot_dialect(runtime=RUNTIME_BASE)
    decorators = {
        "sprag." + key[len("ragot."):]: lower
        for key, lower in base.decorators.items()
        if key.startswith("ragot.")
    }
    imports = {"sprag": ImportBinding(names=names)}
    if store_module:
        imports[store_module] = ImportBinding(names={n: (STORES_SHIM, n) for n in store_names})
    extra = Dialect(
        name="sprag",
        decorators=decorators,
        imports=imports,
        rejected_imports={
            "sprag.": SERVER_ONLY,
            "specter": SERVER_ONLY,
            "werkzeug": SERVER_ONLY,
            "jinja2": SERVER_ONLY,
        },
        base_classes=frozenset({"sprag.Component", "sprag.Module"}),
        intrinsics={"self.upload_form": _upload_form},
    )
    return base.extend(extra)


@dataclass(frozen=True)
class _Use:
    alias: str
    line: int


def _imports_uses(tree: ast.AST) -> List[_Use]:
    bound = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "sprag":
            bound |= {a.asname or a.name for a in node.names if a.name == "imports"}
    if not bound:
        return []
    return [
        _Use(node.attr, node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound
    ]


def check_imports_aliases(source: str, filename: str, declared: Iterable[str], where: str) -> None:
    """Fail when browser code reads ``imports.<alias>`` that ``where`` did not declare."""
    known = set(declared)
    try:
        tree = ast.parse(source, filename)
    except SyntaxError:
        return  # the compiler reports syntax errors with full context
    lines = source.splitlines()
    for use in _imports_uses(tree):
        if use.alias not in known:
            line: Optional[str] = lines[use.line - 1].strip() if use.line <= len(lines) else ""
            declared_text = ", ".join(sorted(known)) or "none"
            raise BuildError(
                f"{filename}:{use.line}: error: imports.{use.alias} is not declared by {where}\n"
                f"    {line}\n"
                f"  hint: add modules={{'{use.alias}': module('app/static/vendor/{use.alias}.mjs')}} "
                f"to the page (declared: {declared_text})"
            )
