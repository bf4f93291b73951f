"""Which jobs queues a project's controllers name: a static scan (``sprag doctor``).

Best effort: it finds ``self.enqueue("name", ...)``, ``self.job_status("name", ...)`` and
``self.request_job_cancel("name", ...)`` with a literal name, in classes whose base class
name ends in ``Controller``. Names computed at run time are not seen.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

__all__ = ["QueueUse", "queue_uses"]

_JOB_METHODS = frozenset({"enqueue", "job_status", "request_job_cancel"})


@dataclass(frozen=True)
class QueueUse:
    """One call that names a queue: where it is and which queue."""

    file: str
    line: int
    method: str
    queue: str


def _base_names(node: ast.ClassDef) -> Iterator[str]:
    for base in node.bases:
        if isinstance(base, ast.Name):
            yield base.id
        elif isinstance(base, ast.Attribute):
            yield base.attr


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(n.endswith("Controller") for n in _base_names(node)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    yield inner


def queue_uses(root: Path) -> List[QueueUse]:
    """Every literal queue name the controllers under ``root/app`` use, in file order."""
    uses: List[QueueUse] = []
    for path in sorted((root / "app").rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue  # the syntax check reports it
        rel = path.relative_to(root).as_posix()
        for call in _calls(tree):
            func = call.func
            if not (isinstance(func, ast.Attribute) and func.attr in _JOB_METHODS
                    and isinstance(func.value, ast.Name) and func.value.id == "self"):
                continue
            first = call.args[0] if call.args else next(
                (k.value for k in call.keywords if k.arg == "queue"), None)
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                uses.append(QueueUse(rel, call.lineno, func.attr, first.value))
    return sorted(set(uses), key=lambda u: (u.file, u.line, u.method))
