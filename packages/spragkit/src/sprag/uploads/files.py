"""``UploadedFile``: one file of an upload, on the server's disk while the action runs.

``self.request.file(name)`` / ``files`` / ``files_list(name)`` hand these to the action. The
temporary file is removed when the action returns unless ``save(dest)`` moved it.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import unicodedata
from pathlib import Path
from typing import IO, Any, Optional, Union

__all__ = ["UploadedFile", "sanitise_filename", "temp_path"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def sanitise_filename(name: str, default: str = "upload") -> str:
    """A file name safe to use on any disk: no directories, ASCII letters, digits, ``._-``
    only, no leading dots, at most 200 characters (``"../../etc/passwd"`` -> ``"passwd"``)."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    base = _UNSAFE.sub("_", base.replace(" ", "_")).strip("._-")
    if not base or base.split(".")[0].upper() in _WINDOWS_NAMES:
        base = f"{default}_{base}" if base else default
    if len(base) > 200:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 200 - len(ext) - 1] + "." + ext) if dot and len(ext) <= 16 else base[:200]
    return base


def temp_path(directory: Path, suffix: str = ".part") -> Path:
    """A new unguessable path in ``directory`` (created when missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    return directory / (secrets.token_hex(16) + suffix)


class UploadedFile:
    """One uploaded file: ``filename`` (sanitised), ``client_filename`` (as the browser sent
    it: never use it as a path), ``content_type``, ``size`` (bytes), ``stream`` (a binary file
    open for reading) and ``save(dest)``."""

    def __init__(self, field: str, client_filename: str, content_type: str, size: int, path: Path) -> None:
        self.field = field
        self.client_filename = client_filename
        self.filename = sanitise_filename(client_filename)
        self.content_type = content_type or "application/octet-stream"
        self.size = size
        self.path: Optional[Path] = Path(path)
        self.saved_to: Optional[Path] = None
        self._stream: Optional[IO[bytes]] = None

    @property
    def stream(self) -> IO[bytes]:
        """The content, open for reading (rewound on first use)."""
        if self.path is None:
            raise ValueError(f"upload {self.filename!r} was already saved to {self.saved_to}; open that file")
        if self._stream is None or self._stream.closed:
            self._stream = open(self.path, "rb")
        return self._stream

    def read(self, size: int = -1) -> bytes:
        """Read from :attr:`stream`."""
        return self.stream.read(size)

    def save(self, dest: Union[str, os.PathLike]) -> Path:
        """Move the file to ``dest`` (a file path, or an existing folder: then
        ``dest/filename``); returns where it went. It is then no longer temporary."""
        if self.path is None:
            raise ValueError(f"upload {self.filename!r} was already saved to {self.saved_to}")
        target = Path(dest)
        if target.is_dir():
            target = target / self.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        self._close()
        try:
            os.replace(self.path, target)
        except OSError:  # another file system
            shutil.move(str(self.path), str(target))
        self.saved_to, self.path = target, None
        return target

    def _close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def discard(self) -> None:
        """Remove the temporary file (nothing when saved)."""
        self._close()
        if self.path is not None:
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            self.path = None

    def to_dict(self) -> dict:
        return {"field": self.field, "filename": self.filename, "content_type": self.content_type, "size": self.size}

    def __repr__(self) -> str:
        return f"UploadedFile({self.field!r}, {self.filename!r}, {self.size} bytes)"


def describe(value: Any) -> Any:  # pragma: no cover - convenience for debugging
    return value.to_dict() if isinstance(value, UploadedFile) else value
