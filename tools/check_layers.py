"""Fail when a module imports against the dependency arrows of ARCHITECTURE.md.

Reads every ``.py`` file under ``packages/*/src`` with ``ast`` (no imports executed) and checks
each top-level imported name against the layer's allowed set. Inside spragkit it also checks the
arrows between its rooms (``SPRAG_ROOMS``): e.g. ``toolchain`` never imports ``http``, nothing
imports ``commands``.
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
    "specter": {"flask", "gevent", "flask_socketio", "werkzeug", "socketio", "engineio",
                "simple_websocket"},
    "ragot": set(),
    "sprag_cli": {"click", "jinja2", "markupsafe"},
    "sprag": None,
}


# Inside spragkit: each room (a subpackage of ``sprag``, or "top" for the user-facing modules
# at ``sprag/*.py``) may import only the rooms listed here (besides itself). ``app`` and
# ``project`` (the composition root and its loader) may import every room but ``commands``.
_USER_API = {"top"}
SPRAG_ROOMS = {
    "backends": set(),
    "top": {"http", "backends"},  # controller reads the request, surfaces parse route patterns
    "assets": {"top"},
    "render": {"top", "assets", "backends"},
    "toolchain": {"top", "assets", "backends"},
    "http": {"top", "render", "assets", "backends"},
    "content": {"top", "render", "http", "backends"},
    "realtime": {"top", "http", "render", "backends"},
    "jobs": {"top", "http", "backends"},
    "uploads": {"top", "http", "backends"},
    "root": {"top", "http", "render", "assets", "toolchain", "backends",
             "content", "realtime", "jobs", "uploads"},
    "commands": {"top", "http", "render", "assets", "toolchain", "backends", "content",
                 "realtime", "jobs", "uploads", "root"},
}
# The composition root: only these modules wire the rooms together (nothing else imports
# them, not even for type annotations: collaborators get what they need, not the App).
ROOT_MODULES = {"app", "project", "features"}
# Type-only imports (under ``if TYPE_CHECKING:``) that may go against the arrows: none.
TYPE_ONLY_ALLOWED: set = set()


def _room(module: str) -> str:
    """The room of a dotted module under ``sprag`` (``http.actions`` -> ``http``)."""
    parts = module.split(".")
    if not parts or parts[0] == "":
        return "top"
    if len(parts) == 1:
        if parts[0] in ROOT_MODULES:
            return "root"
        return parts[0] if parts[0] in SPRAG_ROOMS else "top"
    return parts[0]


def _sprag_imports(path: Path, src: Path):
    """(line, imported dotted module under sprag) for each import of a sprag module."""
    rel = path.relative_to(src).with_suffix("")
    here = list(rel.parts)
    is_pkg = here[-1] == "__init__"
    if is_pkg:
        here = here[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    type_only = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                type_only.update(id(n) for n in ast.walk(inner))
    for node in ast.walk(tree):
        kind = "type" if id(node) in type_only else "run"
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "sprag" or alias.name.startswith("sprag."):
                    yield node.lineno, alias.name[len("sprag."):], kind
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if node.module and (node.module == "sprag" or node.module.startswith("sprag.")):
                    base = node.module[len("sprag."):] if node.module != "sprag" else ""
                else:
                    continue
            else:
                pkg = here if is_pkg else here[:-1]
                pkg = pkg[: len(pkg) - (node.level - 1)] if node.level > 1 else pkg
                base = ".".join([*pkg, *([node.module] if node.module else [])])
            if base:
                yield node.lineno, base, kind
            else:  # from sprag import x / from . import x: x may be a module
                for alias in node.names:
                    yield node.lineno, alias.name, kind


def check_sprag_rooms(src: Path) -> list:
    """Imports between spragkit's rooms that go against ``SPRAG_ROOMS``."""
    problems = []
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        mine = _room(".".join(parts)) if parts else "package"
        if mine == "package":
            continue  # sprag/__init__.py: the public names, loaded lazily
        for lineno, target, kind in _sprag_imports(path, src):
            theirs = _room(target)
            if theirs == mine or target in ("__version__",):
                continue
            if kind == "type" and (mine, target) in TYPE_ONLY_ALLOWED:
                continue
            if theirs not in SPRAG_ROOMS[mine]:
                where = f"{path.relative_to(ROOT)}:{lineno}"
                problems.append(f"{where}: sprag room '{mine}' must not import '{theirs}' (sprag.{target})")
    return problems


# Private names of other objects a module may read: documented stdlib escapes.
PRIVATE_OK = {"os._exit", "sys._getframe"}


def check_private_reads(src: Path) -> list:
    """``x._name`` where ``x`` is not ``self``/``cls``/``super()``, and ``from .m import _name``:
    no module of sprag reads another's private attributes. A line may opt out with a
    ``# private-ok: why`` comment (a capped third-party private, say)."""
    problems = []
    for path in sorted(src.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text, filename=str(path))):
            name = None
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                owner = node.value
                if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                    continue
                if isinstance(owner, ast.Call) and getattr(owner.func, "id", None) == "super":
                    continue
                if isinstance(owner, ast.Name) and f"{owner.id}.{node.attr}" in PRIVATE_OK:
                    continue
                name = node.attr
            elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
                private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
                if private:
                    name = ", ".join(private)
            if name is None or "# private-ok" in lines[node.lineno - 1]:
                continue
            problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: reads the private {name} of another object")
    return problems


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
    sprag_src = next(ROOT.glob("packages/*/src/sprag"), None)
    if sprag_src is not None:
        problems.extend(check_sprag_rooms(sprag_src))
        problems.extend(check_private_reads(sprag_src))
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
