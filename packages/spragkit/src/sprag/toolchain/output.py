"""The one output writer of every build: ``sprag build``, ``sprag build static`` and
``sprag pack`` all write into a staging folder beside the target and publish it atomically.

    writer = OutputWriter(Path("dist"))
    with writer:                      # opens the staging folder; discards it on error
        writer.write_served("/__sprag__/js/app.js", served)
        writer.write_text("server.py", text)
        writer.publish()              # the old output stays until the new one is complete

A build that fails, or is never published, leaves the target exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, List, Optional, Union

__all__ = ["OutputWriter", "MARKER", "publish_folder"]

#: Written into every output folder a build creates, so a later build may replace it safely.
MARKER = ".sprag-build"


def publish_folder(staging: Path, target: Path) -> None:
    """Swap ``staging`` into ``target``: the old target is removed only once the new one is
    in place (two renames on the same file system)."""
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, target)


class OutputWriter:
    """Writes one build output into a staging folder, then publishes it atomically.

    ``files`` lists the public URLs written with :meth:`write_served`; ``raw_bytes``,
    ``gzip_bytes`` and ``brotli_bytes`` add up their sizes.
    """

    def __init__(self, target: Union[str, Path], *, marker: Optional[str] = MARKER,
                 label: str = "build") -> None:
        self.target = Path(target).resolve()
        self.marker = marker
        self.label = label
        self.staging: Optional[Path] = None
        self.published = False
        self.files: List[str] = []
        self.raw_bytes = 0
        self.gzip_bytes = 0
        self.brotli_bytes = 0

    # -- lifecycle -----------------------------------------------------------------------------

    def open(self) -> Path:
        """Create the staging folder (beside the target, so publishing is a rename)."""
        if self.staging is None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.staging = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.{self.label}-",
                                                 dir=str(self.target.parent)))
        return self.staging

    def __enter__(self) -> OutputWriter:
        self.open()
        return self

    def __exit__(self, *exc: Any) -> None:
        if not self.published:
            self.discard()

    def publish(self) -> Path:
        """Replace the target with the staging folder; returns the target."""
        staging = self._folder()
        if self.marker:
            (staging / self.marker).write_text(f"written by sprag {self.label}\n", encoding="utf-8")
        publish_folder(staging, self.target)
        self.staging = None
        self.published = True
        return self.target

    def discard(self) -> None:
        """Remove the staging folder (the target is untouched)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def _folder(self) -> Path:
        if self.staging is None:
            raise RuntimeError("the output writer is not open (use it as a context manager)")
        return self.staging

    # -- writing -------------------------------------------------------------------------------

    def path(self, rel: str) -> Path:
        """Where ``rel`` (a path inside the output, ``/`` separated) is written."""
        target = (self._folder() / rel.lstrip("/")).resolve()
        try:
            target.relative_to(self._folder().resolve())
        except ValueError:
            raise ValueError(f"{rel!r} is outside the build output") from None
        return target

    def write_bytes(self, rel: str, data: bytes) -> Path:
        target = self.path(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target

    def write_text(self, rel: str, text: str) -> Path:
        return self.write_bytes(rel, text.encode("utf-8"))

    def write_served(self, url: str, served: Any, folder: str = "public") -> None:
        """A served file (``ServedFile``) at ``folder/url`` with its ``.gz``/``.br`` siblings."""
        target = self.write_bytes(f"{folder}/{url.lstrip('/')}", served.body)
        self.files.append(url)
        self.raw_bytes += len(served.body)
        for encoding, body in served.variants.items():
            suffix = ".gz" if encoding == "gzip" else ".br"
            (target.parent / (target.name + suffix)).write_bytes(body)
            if encoding == "gzip":
                self.gzip_bytes += len(body)
            else:
                self.brotli_bytes += len(body)

    def copy_tree(self, source: Path, rel: str = "",
                  ignore: Optional[Callable[[str, List[str]], Any]] = None) -> None:
        """Copy the folder ``source`` to ``rel`` inside the output."""
        shutil.copytree(source, self.path(rel) if rel else self._folder(), ignore=ignore,
                        dirs_exist_ok=True, symlinks=True)

    def copy_file(self, source: Path, rel: str) -> None:
        target = self.path(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
