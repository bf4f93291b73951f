"""What a requested file name may look like, checked before any file system call.

A malformed name (NUL or control characters, backslashes, over-long segments or paths) is a
bad request (:class:`BadPath`, answered 400); a name that can never be public (empty, ``.``,
``..`` or dot-file segments, Python sources) is simply not found. Containment is checked on
the resolved path, so a symlink that leaves its folder is not found either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Tuple

__all__ = ["BadPath", "request_parts", "contained", "MAX_SEGMENT", "MAX_PATH", "PRIVATE_SUFFIXES"]

#: Longest accepted path segment and whole relative path, in characters.
MAX_SEGMENT = 255
MAX_PATH = 1024
#: Never served from /static/ or /assets/, whatever is declared.
PRIVATE_SUFFIXES = (".py", ".pyc", ".pyo", ".pyd", ".pyi")


class BadPath(ValueError):
    """A requested file name that no file system should be asked about (400)."""


def request_parts(rel: str) -> Optional[Tuple[str, ...]]:
    """The segments of a requested relative path, or None when it can never be public.

    Raises :class:`BadPath` for a malformed name.
    """
    if len(rel) > MAX_PATH:
        raise BadPath(f"path longer than {MAX_PATH} characters")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in rel) or "\\" in rel:
        raise BadPath("control character or backslash in the path")
    parts = tuple(rel.split("/"))
    if any(len(part) > MAX_SEGMENT for part in parts):
        raise BadPath(f"path segment longer than {MAX_SEGMENT} characters")
    if any(not part or part.startswith(".") for part in parts):
        return None  # empty, ".", ".." and dot-files: never public
    if parts[-1].lower().endswith(PRIVATE_SUFFIXES):
        return None
    return parts


def contained(base: Path, parts: Tuple[str, ...]) -> Optional[Path]:
    """``base/parts`` as a real file that stays inside ``base`` once resolved, else None."""
    try:
        root = base.resolve()
        path = root.joinpath(*parts).resolve()
        path.relative_to(root)
    except (OSError, ValueError, RuntimeError):  # outside, unreadable, or a symlink loop
        return None
    return path if path.is_file() else None
