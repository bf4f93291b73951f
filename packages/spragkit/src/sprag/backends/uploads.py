"""Resumable uploads: the ``UploadOffsets`` protocol (which uploads are in progress, whose
they are and how many bytes the server holds) and its in-memory default.

The bytes themselves are in a partial file on the server's disk (``UploadRecord.path``);
this store only says how far it got, so a browser that lost its connection asks for the
offset and continues. With several processes the store is shared (Redis) and the upload
folder must be too.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Protocol, runtime_checkable

__all__ = ["UploadRecord", "UploadOffsets", "InMemoryUploadOffsets"]


@dataclass(frozen=True)
class UploadRecord:
    """One resumable upload: ``owner`` (the session or browser it is bound to), the action it
    is for, the declared ``size``, the bytes received (``offset``) and the partial file."""

    id: str
    owner: str
    route: str
    action: str
    field: str
    client_filename: str
    content_type: str
    size: int
    path: str
    offset: int = 0
    created: float = 0.0
    touched: float = 0.0

    @property
    def complete(self) -> bool:
        return self.offset >= self.size


@runtime_checkable
class UploadOffsets(Protocol):
    """Where resumable uploads' records live."""

    def create(self, record: UploadRecord) -> None:
        """Store a new record (its ``created``/``touched`` already set)."""
        ...

    def get(self, upload_id: str) -> Optional[UploadRecord]:
        """The record, or None when unknown (or expired and removed)."""
        ...

    def advance(self, upload_id: str, expected: int, offset: int) -> bool:
        """Move the offset from ``expected`` to ``offset`` (and touch it); False when the
        record is gone or its offset is not ``expected`` (another request moved it)."""
        ...

    def delete(self, upload_id: str) -> Optional[UploadRecord]:
        """Remove the record and return it (None when unknown)."""
        ...

    def expired(self, untouched_since: float) -> List[UploadRecord]:
        """Records not touched since the ``untouched_since`` timestamp (not removed)."""
        ...


class InMemoryUploadOffsets:
    """Records in a dict (one process)."""

    def __init__(self) -> None:
        self._records: Dict[str, UploadRecord] = {}
        self._lock = threading.Lock()

    def create(self, record: UploadRecord) -> None:
        with self._lock:
            self._records[record.id] = record

    def get(self, upload_id: str) -> Optional[UploadRecord]:
        return self._records.get(upload_id)

    def advance(self, upload_id: str, expected: int, offset: int) -> bool:
        with self._lock:
            record = self._records.get(upload_id)
            if record is None or record.offset != expected:
                return False
            self._records[upload_id] = replace(record, offset=offset, touched=time.time())
            return True

    def delete(self, upload_id: str) -> Optional[UploadRecord]:
        with self._lock:
            return self._records.pop(upload_id, None)

    def expired(self, untouched_since: float) -> List[UploadRecord]:
        with self._lock:
            return [r for r in self._records.values() if r.touched < untouched_since]

    def __len__(self) -> int:
        return len(self._records)
