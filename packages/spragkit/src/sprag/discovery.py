"""Find ``page.py`` under the routes package and ``mount.py`` under the mounts package.

Folder names may be ``[slug]`` or ``[...segments]``, which are not importable names, so each
folder is registered as a package under a safe name (``[slug]`` -> ``_slug_``) whose
``__path__`` is the folder: relative imports (``from .server import X``) work as usual.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any, List, Optional, Tuple

from .surfaces import Mount, Page, Surface

__all__ = ["discover", "package_dir", "import_route_file", "route_files"]

_SAFE = re.compile(r"[^0-9A-Za-z_]")


def package_dir(dotted: str) -> Optional[Path]:
    """The folder of package ``dotted`` (or None when it does not exist)."""
    try:
        spec = importlib.util.find_spec(dotted)
    except ModuleNotFoundError:
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _safe_part(part: str) -> str:
    if part.startswith("[...") and part.endswith("]"):
        return "_all_" + _SAFE.sub("_", part[4:-1]) + "_"
    if part.startswith("[") and part.endswith("]"):
        return "_" + _SAFE.sub("_", part[1:-1]) + "_"
    safe = _SAFE.sub("_", part)
    return safe if safe and not safe[0].isdigit() else "_" + safe


def _ensure_package(name: str, folder: Path) -> None:
    if name in sys.modules:
        return
    init = folder / "__init__.py"
    if not init.is_file():  # a packed build ships sourceless bytecode
        init = folder / "__init__.pyc"
    if init.is_file():
        spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(folder)])
    else:
        spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
        spec.submodule_search_locations = [str(folder)]
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    if spec.loader is not None:
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise


def _folder_path(parts: Tuple[str, ...]) -> str:
    if not parts or parts in (("home",), ("index",)):
        return "/"
    return "/" + "/".join(parts)


def _import_file(root_pkg: str, root: Path, file: Path):
    rel = file.parent.relative_to(root).parts
    name = root_pkg
    folder = root
    for part in rel:
        folder = folder / part
        name = f"{name}.{_safe_part(part)}"
        _ensure_package(name, folder)
    return importlib.import_module(f"{name}.{file.stem}"), rel


def route_files(root: Path, *filenames: str) -> List[Path]:
    """Every ``filename`` under ``root`` (sorted; hidden and ``__`` folders skipped), as the
    ``.py`` path even where a packed build (sprag pack) ships only the sourceless ``.pyc``."""
    files = set()
    for filename in filenames:
        files |= set(root.rglob(filename))
        files |= {f.with_suffix(".py") for f in root.rglob(filename + "c")}
    return [f for f in sorted(files)
            if not any(p.startswith((".", "__")) for p in f.relative_to(root).parts[:-1])]


def import_route_file(root_pkg: str, root: Path, file: Path) -> Any:
    """Import one file of the routes tree (``[slug]`` folders included); returns the module."""
    return _import_file(root_pkg, root, file)[0]


def discover(dotted: str, filename: str, kind: type) -> List[Surface]:
    """Import every ``filename`` under package ``dotted``; return the surfaces they declare.

    A file that fails to import raises an ImportError naming the file.
    """
    root = package_dir(dotted)
    if root is None:
        return []
    importlib.import_module(dotted)
    found: List[Surface] = []
    for file in route_files(root, filename):
        try:
            module, rel = _import_file(dotted, root, file)
        except Exception as exc:
            raise ImportError(f"could not import {file}: {type(exc).__name__}: {exc}") from exc
        declared = [(attr, v) for attr, v in vars(module).items() if isinstance(v, kind)]
        if not declared:
            raise ValueError(
                f"{file} declares no {'page(...)' if kind is Page else 'mount(...)'}; "
                f"assign one at module level, e.g. `home = page(...)`"
            )
        for attr, surface in declared:
            surface.source = str(file)
            if surface.path_from_folder:
                surface.path = _folder_path(rel)
                surface.__post_init__()
            if not surface.name:
                base = "/".join(rel) or "index"
                surface.name = base if len(declared) == 1 else f"{base}:{attr}"
            found.append(surface)
    return found


def discover_all(routes: Optional[str], mounts: Optional[str]) -> List[Surface]:
    """Pages from ``routes`` then mounts from ``mounts``."""
    surfaces: List[Surface] = []
    if routes:
        surfaces += discover(routes, "page.py", Page)
    if mounts:
        surfaces += discover(mounts, "mount.py", Mount)
    return surfaces
