"""Precompressed bodies (gzip, and brotli when the wheel is installed) and negotiation."""

from __future__ import annotations

import gzip
from typing import Dict, Optional, Tuple

__all__ = ["compressible", "compress_variants", "choose_encoding", "HAVE_BROTLI"]

try:  # brotli is a declared dependency; stay usable if a build lacks the wheel
    import brotli as _brotli

    HAVE_BROTLI = True
except ImportError:  # pragma: no cover
    _brotli = None
    HAVE_BROTLI = False

_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                 "application/wasm", "application/xml", "application/manifest+json")
MIN_SIZE = 256


def compressible(content_type: str, size: int) -> bool:
    return size >= MIN_SIZE and content_type.startswith(_COMPRESSIBLE)


#: Brotli quality for `sprag build` and on-demand compression. 11 is ~30x slower than 7 for
#: ~7% fewer bytes on JS bundles; `sprag pack` recompresses everything at 11 (pack/compress.py).
BUILD_BROTLI_QUALITY = 7


def compress_variants(body: bytes, best: bool = True) -> Dict[str, bytes]:
    """``{"gzip": ..., "br": ...}`` for ``body``; a variant that is not smaller is dropped."""
    out: Dict[str, bytes] = {}
    gz = gzip.compress(body, 9 if best else 6, mtime=0)
    if len(gz) < len(body):
        out["gzip"] = gz
    if _brotli is not None:
        br = _brotli.compress(body, quality=BUILD_BROTLI_QUALITY if best else 5)
        if len(br) < len(body):
            out["br"] = br
    return out


def _accepted(header: str) -> Dict[str, float]:
    accepted: Dict[str, float] = {}
    for item in header.split(","):
        token, _, params = item.strip().partition(";")
        token = token.strip().lower()
        if not token:
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        accepted[token] = q
    return accepted


def choose_encoding(accept_encoding: Optional[str], variants: Dict[str, bytes]) -> Tuple[Optional[str], Optional[bytes]]:
    """The best variant the client accepts (brotli before gzip), or (None, None)."""
    if not accept_encoding or not variants:
        return None, None
    accepted = _accepted(accept_encoding)
    star = accepted.get("*", 0.0)
    for name in ("br", "gzip"):
        if name in variants and accepted.get(name, star) > 0:
            return name, variants[name]
    return None, None
