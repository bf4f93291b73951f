"""The bytecode stage: the app's Python compiled to sourceless ``.pyc``, the sources removed.

Each ``app/**/x.py`` becomes ``app/**/x.pyc`` beside it (the place Python imports a module
from when it has no source), compiled with the original relative path as its file name, so
a traceback still says ``File "app/routes/counter/server.py", line 12``. ``server.py`` (the
entry) stays source. The bytecode runs on the Python that packed it: its cache tag is
recorded in the manifest, and ``load_app`` names the mismatch instead of failing on a magic
number.
"""

from __future__ import annotations

import py_compile
import shutil
import sys
from typing import List, Tuple

from .artifact import Artifact

__all__ = ["compile_app", "PackError"]


class PackError(Exception):
    """A stage could not finish; the message names the file or URL and what to do."""


def compile_app(artifact: Artifact) -> List[Tuple[str, int, int]]:
    """Compile every module of ``app/`` and remove its source; ``[(file, before, after)]``.

    Everything is compiled before any source is removed, so a syntax error leaves the folder
    as it was."""
    sources = artifact.app_files(".py")
    compiled: List[Tuple[str, int, int]] = []
    for source in sources:
        rel = source.relative_to(artifact.root).as_posix()
        target = source.with_suffix(".pyc")
        try:
            py_compile.compile(str(source), cfile=str(target), dfile=rel, doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        except py_compile.PyCompileError as exc:
            raise PackError(f"cannot compile {rel}: {exc.exc_value}; fix it and pack again") from exc
        compiled.append((rel, source.stat().st_size, target.stat().st_size))
    for source in sources:
        source.unlink()
    for cache in list((artifact.root / "app").rglob("__pycache__")):
        shutil.rmtree(cache, ignore_errors=True)
    artifact.manifest.setdefault("pack", {})["bytecode"] = sys.implementation.cache_tag
    return compiled
