"""Uploads: multipart and resumable uploads behind the one request guard (``http.guard``),
with resumable offsets kept in a ``backends`` store (:class:`~sprag.backends.UploadOffsets`).

The browser calls ``self.upload_form(action, event, on_progress)``; the action reads
``self.request.file(name)`` / ``files`` / ``files_list(name)`` (:class:`UploadedFile`).
Limits: :class:`UploadLimits` on the App and per action (``@action(..., upload={...})``).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["Uploads", "UploadLimits", "UploadedFile", "MB", "sanitise_filename", "UPLOAD_PATH"]

_LAZY = {
    "Uploads": ".endpoint", "UPLOAD_PATH": ".endpoint",
    "UploadLimits": "..http.limits", "MB": "..http.limits",
    "UploadedFile": ".files", "sanitise_filename": ".files",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'sprag.uploads' has no attribute {name!r}")
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value
    return value
