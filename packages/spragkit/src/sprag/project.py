"""``load_app(project_dir, mode=)``: the App of a project folder (what the commands use)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Union

from .app import App
from .environment import load_env_files

__all__ = ["load_app"]


def load_app(project_dir: Union[str, Path] = ".", mode: str = "dev") -> App:
    """Load the project at ``project_dir``.

    Puts the folder on ``sys.path``, loads ``.env``/``.env.local`` (process env wins), imports
    ``app`` and returns its ``app = App(...)`` if it defines one, else the default
    ``App(routes="app.routes", shell=shell("app/shell.html", css=["app/shell.css"]))``.
    """
    root = Path(project_dir).resolve()
    if not (root / "app").is_dir():
        raise FileNotFoundError(
            f"{root} is not a SPRAG project: it has no app/ folder (create one with `sprag new`)"
        )
    if mode not in ("dev", "production"):
        raise ValueError(f"load_app(mode={mode!r}) must be 'dev' or 'production'")
    _check_bytecode(root)
    load_env_files(root)
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    os.environ["SPRAG_MODE"] = mode
    os.environ["SPRAG_PROJECT_DIR"] = str(root)
    package = importlib.import_module("app")
    declared = getattr(package, "app", None)
    if isinstance(declared, App):
        return declared
    if (root / "app" / "stores.py").is_file() or (root / "app" / "stores.pyc").is_file():
        importlib.import_module("app.stores")
    return App(project_dir=root, mode=mode)


def _check_bytecode(root: Path) -> None:
    """A folder ``sprag pack`` compiled runs only on the Python that compiled it: say so."""
    if not (root / "manifest.json").is_file():  # not a build folder
        return
    import json

    try:
        packed = json.loads((root / "manifest.json").read_text(encoding="utf-8"))["pack"]["bytecode"]
    except (OSError, ValueError, KeyError, TypeError):
        return
    if packed != sys.implementation.cache_tag:
        raise RuntimeError(
            f"{root} was packed as {packed} bytecode and cannot run on {sys.implementation.cache_tag}: "
            f"run it with that Python, or pack it with this one (`sprag pack`, or --skip-bytecode)"
        )
