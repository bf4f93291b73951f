"""``UploadLimits``: how much an upload may send, and when a file goes in resumable chunks.

``App(upload_limits=UploadLimits(...))`` sets them for every action; ``@action(...,
upload={"max_file_bytes": 500 * MB})`` overrides some of them for one action (a full
``UploadLimits`` replaces them all).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping, Optional, Union

__all__ = ["UploadLimits", "MB", "LIMIT_NAMES"]

MB = 1024 * 1024

#: How a 413 names each limit.
LIMIT_NAMES = {
    "max_file_bytes": "per-file limit",
    "max_request_bytes": "per-request limit",
    "max_files": "files-per-request limit",
    "max_field_bytes": "limit for the non-file fields",
}


@dataclass(frozen=True)
class UploadLimits:
    """``max_file_bytes`` (one file, default 50 MB), ``max_request_bytes`` (everything one
    upload sends, 200 MB), ``max_files`` (files per upload, 20), ``max_field_bytes`` (the
    non-file fields, 1 MB). Files over ``chunk_threshold_bytes`` (8 MB) are sent by the
    browser in ``chunk_bytes`` pieces (4 MB) that survive a dropped connection; a partial
    upload untouched for ``resumable_ttl_seconds`` (1 hour) is deleted. ``directory``: where
    uploads are written while they arrive (default ``<project>/.sprag/uploads``)."""

    max_file_bytes: int = 50 * MB
    max_request_bytes: int = 200 * MB
    max_files: int = 20
    max_field_bytes: int = 1 * MB
    chunk_threshold_bytes: int = 8 * MB
    chunk_bytes: int = 4 * MB
    resumable_ttl_seconds: int = 3600
    directory: Optional[Path] = None

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.name == "directory":
                continue
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"UploadLimits({f.name}={value!r}) must be a positive integer")
        if self.directory is not None:
            object.__setattr__(self, "directory", Path(self.directory))

    def override(self, upload: Union[None, bool, UploadLimits, Mapping[str, Any]]) -> UploadLimits:
        """These limits with one action's ``upload=`` applied."""
        if upload is None or upload is True:
            return self
        if isinstance(upload, UploadLimits):
            return upload if upload.directory is not None else replace(upload, directory=self.directory)
        if isinstance(upload, Mapping):
            known = {f.name for f in fields(self)} - {"directory"}
            unknown = sorted(set(upload) - known)
            if unknown:
                raise ValueError(f"@action(upload=...) has unknown limits {', '.join(unknown)} "
                                 f"(known: {', '.join(sorted(known))})")
            return replace(self, **dict(upload))
        raise TypeError(f"@action(upload=...) takes a dict of limits or an UploadLimits, got {upload!r}")
