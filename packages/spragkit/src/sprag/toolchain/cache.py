"""The compile cache: compiled browser modules by source hash, in memory and on disk, so an
unchanged file is never compiled twice and a restarted process recompiles only what changed.

One JSON file per compiled module under ``<project>/.sprag/cache/``, named by the SHA-256 of
the source, its file name, the declared stores, and a fingerprint of the compiler and the
dialect (their versions and the size and mtime of their files). Writes are atomic (temporary
file + rename); an unreadable or corrupt entry is ignored and recompiled.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable, Dict, Optional

__all__ = ["CompileCache", "DiskCache", "toolchain_fingerprint"]

_FORMAT = 1


def toolchain_fingerprint() -> str:
    """Compiler version + the files of the compiler and the dialect."""
    import ragot
    import sprag_codegen

    from .. import __version__

    digest = hashlib.sha256(
        f"{_FORMAT} {__version__} {getattr(sprag_codegen, '__version__', '?')}".encode()
    )
    folders = [Path(sprag_codegen.__file__).parent, Path(ragot.__file__).parent]
    files = sorted(p for folder in folders for p in folder.rglob("*.py"))
    files.append(Path(__file__).with_name("dialect.py"))
    for path in files:
        try:
            st = path.stat()
        except OSError:
            continue
        digest.update(f"{path}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return digest.hexdigest()


class CompileCache:
    """Artifacts by (file name, source, declared stores): in memory, and in ``folder`` on
    disk when given. ``compiles`` counts the compiler runs (cache hits do not count)."""

    def __init__(self, folder: Optional[Path] = None) -> None:
        self.disk = DiskCache(folder) if folder is not None else None
        self.compiles = 0
        self._memory: Dict[str, Any] = {}
        self._lock = threading.Lock()

    def get_or_compile(self, filename: str, source: str, stores: str, compile: Callable[[], Any]) -> Any:
        """The cached artifact, or ``compile()``'s (then cached)."""
        key = hashlib.sha256(f"{filename}\0{source}\0{stores}".encode()).hexdigest()
        with self._lock:
            hit = self._memory.get(key)
        if hit is not None:
            return hit
        disk = self.disk
        disk_key = disk.key(filename, source, stores) if disk is not None else ""
        hit = disk.get(disk_key) if disk is not None else None
        if hit is None:
            hit = compile()
            with self._lock:
                self.compiles += 1
            if disk is not None:
                disk.put(disk_key, hit)
        with self._lock:
            self._memory[key] = hit
        return hit

    def forget(self) -> None:
        """Drop the memory layer (the disk layer stays: what a restarted process sees)."""
        with self._lock:
            self._memory.clear()


class DiskCache:
    """Artifacts by key in a folder; every failure to read or write is a cache miss."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._fingerprint: Optional[str] = None

    def key(self, filename: str, source: str, stores: str) -> str:
        if self._fingerprint is None:
            self._fingerprint = toolchain_fingerprint()
        return hashlib.sha256(
            "\0".join((self._fingerprint, filename, stores, source)).encode("utf-8")
        ).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / (key + ".json")

    def get(self, key: str) -> Any:
        from sprag_codegen import Artifact, Diagnostic

        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if data.get("format") != _FORMAT:
                return None
            return Artifact(
                code=data["code"],
                source_map=data["source_map"],
                diagnostics=[Diagnostic(**d) for d in data["diagnostics"]],
                helpers=frozenset(data["helpers"]),
                exports=list(data["exports"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, artifact: Any) -> None:
        data = {
            "format": _FORMAT,
            "code": artifact.code,
            "source_map": artifact.source_map,
            "diagnostics": [dataclasses.asdict(d) for d in artifact.diagnostics],
            "helpers": sorted(artifact.helpers),
            "exports": list(artifact.exports),
        }
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=str(target.parent))
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(data, fh)
                os.replace(tmp, target)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except (OSError, TypeError, ValueError):
            pass  # a read-only or full disk only costs a recompile next time
