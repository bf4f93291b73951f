"""Fail when a module imports against the dependency arrows of ARCHITECTURE.md.

Reads every ``.py`` file under ``packages/*/src`` with ``ast`` (no imports executed) and checks
each top-level imported name against the layer's allowed set.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SPRAG_LAYERS = {"specter", "ragot", "sprag_codegen", "sprag", "sprag_cli"}

# Which SPRAG layers each layer may import (besides itself).
ALLOWED = {
    "sprag_codegen": set(),
    "specter": set(),
    "ragot": {"sprag_codegen"},
    "sprag_cli": set(),
    "sprag": {"specter", "ragot", "sprag_codegen", "sprag_cli"},
}

# Third-party roots each layer may import; None means "anything declared" (not checked here).
THIRD_PARTY = {
    "sprag_codegen": set(),
    "specter": {"flask", "gevent", "flask_socketio", "werkzeug", "socketio", "engineio"},
    "ragot": set(),
    "sprag_cli": {"click", "jinja2", "markupsafe"},
    "sprag": None,
}


def _top_level_imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]


def check() -> list:
    problems = []
    stdlib = set(getattr(sys, "stdlib_module_names", ()))
    for layer in ALLOWED:
        src = next(ROOT.glob(f"packages/*/src/{layer}"), None)
        if src is None:
            continue
        for path in sorted(src.rglob("*.py")):
            for lineno, name in _top_level_imports(path):
                where = f"{path.relative_to(ROOT)}:{lineno}"
                if name == layer or name == "__future__":
                    continue
                if name in SPRAG_LAYERS:
                    if name not in ALLOWED[layer]:
                        problems.append(f"{where}: {layer} must not import {name}")
                    continue
                allowed_third = THIRD_PARTY[layer]
                if allowed_third is None or not stdlib or name in stdlib:
                    continue
                if name not in allowed_third:
                    problems.append(f"{where}: {layer} imports third-party '{name}', not a declared dependency")
    return problems


def main() -> int:
    problems = check()
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} import(s) against the layer arrows (see ARCHITECTURE.md)")
        return 1
    print("layers ok: no import against the arrows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
