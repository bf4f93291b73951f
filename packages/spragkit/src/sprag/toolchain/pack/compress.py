"""The compression stage: every text file the build serves gets ``.gz`` and ``.br`` siblings.

gzip is zopfli's (the ``zopfli`` wheel: the smallest gzip a decoder reads, 2-8 % under
``gzip -9``; fewer passes for files over 64 KB) when installed, else ``gzip -9``; brotli at
quality 11. A sibling that is not
smaller than the file is not written (and a stale one is removed), the same rule the server
applies when it negotiates ``Accept-Encoding``.
"""

from __future__ import annotations

import gzip
from typing import List, Tuple

from ...assets.compression import compressible
from ...assets.served import content_type_for
from .artifact import Artifact

__all__ = ["precompress", "gzip_best", "GZIP_TOOL"]

try:
    import zopfli.gzip as _zopfli

    GZIP_TOOL = "zopfli"
except ImportError:  # Python 3.9 (no wheel) or not installed
    _zopfli = None
    GZIP_TOOL = "gzip -9"


def _iterations(size: int) -> int:
    """zopfli passes: 15 (its default) for the usual file; fewer for big ones, whose time
    grows with size while the extra passes gain almost nothing."""
    return 15 if size <= 64 * 1024 else 5 if size <= 256 * 1024 else 1


def gzip_best(body: bytes) -> bytes:
    """The smallest gzip stream available here (zopfli, else level 9), with mtime 0."""
    if _zopfli is not None:
        return _zopfli.compress(body, numiterations=_iterations(len(body)))
    return gzip.compress(body, 9, mtime=0)


def _brotli(body: bytes) -> bytes:
    import brotli

    return brotli.compress(body, quality=11)


def precompress(artifact: Artifact) -> List[Tuple[str, int, int]]:
    """Write the siblings of every compressible file; ``[(url, raw bytes, gzip bytes)]``."""
    done: List[Tuple[str, int, int]] = []
    for url in artifact.files:
        path = artifact.path(url)
        body = path.read_bytes()
        if not compressible(content_type_for(url), len(body)):
            for suffix in (".gz", ".br"):  # a sibling from an earlier build must not be served
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            continue
        sizes = {}
        for suffix, encode in ((".gz", gzip_best), (".br", _brotli)):
            encoded = encode(body)
            sibling = path.with_name(path.name + suffix)
            if len(encoded) < len(body):
                sibling.write_bytes(encoded)
                sizes[suffix] = len(encoded)
            elif sibling.exists():
                sibling.unlink()
        done.append((url, len(body), sizes.get(".gz", len(body))))
    return done
