"""A file body held in memory with its precompressed variants, and how it is sent."""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, Optional

from .compression import choose_encoding, compress_variants, compressible

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Response

__all__ = ["ServedFile", "send", "content_type_for", "short_hash", "IMMUTABLE"]

IMMUTABLE = "public, max-age=31536000, immutable"
FRESH = "no-cache"

_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
          ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm",
          ".map": "application/json", ".html": "text/html", ".txt": "text/plain",
          ".webp": "image/webp", ".avif": "image/avif"}


def content_type_for(name: str) -> str:
    dot = name.rfind(".")
    ext = name[dot:].lower() if dot >= 0 else ""
    if ext in _TYPES:
        return _TYPES[ext]
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def short_hash(body: bytes) -> str:
    """12 hex chars of SHA-256: the content hash placed before a file's extension."""
    return hashlib.sha256(body).hexdigest()[:12]


@dataclass
class ServedFile:
    body: bytes
    content_type: str
    immutable: bool
    etag: str = ""
    _variants: Optional[Dict[str, bytes]] = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if not self.etag:
            self.etag = short_hash(self.body)

    @classmethod
    def precompressed(cls, body: bytes, content_type: str, immutable: bool,
                      variants: Dict[str, bytes]) -> ServedFile:
        """A file whose gzip/br bodies are already known (read from a build)."""
        return cls(body, content_type, immutable, _variants=dict(variants) or None)

    @property
    def variants(self) -> Dict[str, bytes]:
        """gzip/br bodies, computed once (at build time they are written to disk)."""
        if self._variants is None:
            with self._lock:
                if self._variants is None:
                    text = self.content_type
                    self._variants = (
                        compress_variants(self.body) if compressible(text, len(self.body)) else {}
                    )
        return self._variants


def send(served: ServedFile) -> Response:
    """Send ``served`` with negotiation, caching headers and conditional GET."""
    from flask import Response, request

    headers = {
        "Cache-Control": IMMUTABLE if served.immutable else FRESH,
        "ETag": f'"{served.etag}"',
        "X-Content-Type-Options": "nosniff",
    }
    if request.headers.get("If-None-Match") == headers["ETag"]:
        return Response(status=304, headers=headers)
    body = served.body
    if compressible(served.content_type, len(body)):
        headers["Vary"] = "Accept-Encoding"
        accepted = request.headers.get("Accept-Encoding")
        # without the header (a static export's fetch, a script) nothing is compressed for it
        encoding, encoded = choose_encoding(accepted, served.variants) if accepted else (None, None)
        if encoding is not None:
            headers["Content-Encoding"] = encoding
            body = encoded
    ctype = served.content_type
    if ctype.startswith("text/") or ctype == "application/json":
        ctype += "; charset=utf-8"
    return Response(body, status=200, headers=headers, content_type=ctype)
