"""Resumable uploads: a large file goes in chunks to a partial file; after a dropped
connection the browser asks for the offset and continues from there.

:class:`Resumables` owns the partial files (under ``UploadLimits.directory``) and their
records in a :class:`~sprag.backends.UploadOffsets` store. A record is bound to the owner
(the session) and the action it was planned for; one untouched for
``resumable_ttl_seconds`` is removed with its file by :meth:`Resumables.sweep`.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
import time
from pathlib import Path
from typing import IO, Any, List, Optional, Tuple

from ..backends.uploads import UploadOffsets, UploadRecord
from ..http.limits import UploadLimits
from .files import UploadedFile, temp_path
from .multipart import READ_SIZE, UploadRejected

__all__ = ["Resumables", "Sweeper", "OFFSET_HEADER"]

log = logging.getLogger("sprag.uploads")

#: The header a chunk request states its offset in (and a 409 answer returns).
OFFSET_HEADER = "X-Upload-Offset"


class Resumables:
    """Create, append to, look up, cancel and expire resumable uploads."""

    def __init__(self, offsets: UploadOffsets, directory: Path, ttl_seconds: int) -> None:
        self.offsets = offsets
        self.directory = directory
        self.ttl_seconds = ttl_seconds
        self._last_sweep = 0.0
        self._locks: dict = {}
        self._guard = threading.Lock()

    def create(self, owner: str, route: str, action: str, field: str, client_filename: str,
               content_type: str, size: int) -> UploadRecord:
        """A new record with an empty partial file."""
        self.sweep()
        path = temp_path(self.directory, ".resumable")
        path.touch()
        now = time.time()
        record = UploadRecord(
            id=secrets.token_urlsafe(18), owner=owner, route=route, action=action, field=field,
            client_filename=client_filename, content_type=content_type or "application/octet-stream",
            size=size, path=str(path), offset=0, created=now, touched=now,
        )
        self.offsets.create(record)
        return record

    def get(self, upload_id: str, owner: str) -> Optional[UploadRecord]:
        """The live record ``upload_id`` of ``owner`` (None: unknown, expired or someone else's)."""
        record = self.offsets.get(upload_id)
        if record is None or not secrets.compare_digest(record.owner, owner):
            return None
        if record.touched < time.time() - self.ttl_seconds:
            self.remove(record)
            return None
        return record

    def _lock(self, upload_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(upload_id, threading.Lock())

    def append(self, record: UploadRecord, offset: int, stream: IO[bytes], length: Optional[int]) -> int:
        """Write the chunk body at ``offset`` (which must be the record's offset); returns
        the new offset. A chunk cut short keeps the bytes that arrived (the browser asks for
        the offset and sends the rest)."""
        if length is None:
            raise UploadRejected(411, "A chunk needs a Content-Length")
        if offset + length > record.size:
            raise UploadRejected(413, f"The chunk goes past the declared size of {record.size} bytes", "size")
        lock = self._lock(record.id)
        if not lock.acquire(blocking=False):
            raise UploadRejected(409, "Another chunk of this upload is being written")
        try:
            current = self.offsets.get(record.id)
            if current is None:
                raise UploadRejected(404, "This upload expired or was cancelled; start it again")
            if current.offset != offset:
                raise UploadRejected(409, f"The server has {current.offset} bytes of this upload; send from there")
            written = 0
            failure: Optional[UploadRejected] = None
            with open(current.path, "r+b") as out:
                out.seek(offset)
                left = length
                while left > 0:
                    try:
                        chunk = stream.read(min(READ_SIZE, left))
                    except (OSError, ValueError) as exc:
                        failure = UploadRejected(400, f"The chunk was interrupted ({exc})")
                        break
                    if not chunk:
                        failure = UploadRejected(400, "The chunk was interrupted before its end")
                        break
                    out.write(chunk)
                    written += len(chunk)
                    left -= len(chunk)
                out.truncate(offset + written)
            self.offsets.advance(record.id, offset, offset + written)
            if failure is not None:
                raise failure
            return offset + written
        finally:
            lock.release()

    def take(self, upload_id: str, owner: str, route: str, action: str) -> Optional[UploadedFile]:
        """Hand a complete upload to the action as an UploadedFile (its record is removed:
        the file now belongs to the request, which removes it unless saved)."""
        record = self.get(upload_id, owner)
        if record is None or record.route != route or record.action != action or not record.complete:
            return None
        self.offsets.delete(record.id)
        self._forget_lock(record.id)
        return UploadedFile(record.field, record.client_filename, record.content_type, record.size, Path(record.path))

    def remove(self, record: UploadRecord) -> None:
        """Delete the record and its partial file."""
        self.offsets.delete(record.id)
        self._forget_lock(record.id)
        try:
            os.unlink(record.path)
        except FileNotFoundError:
            pass

    def _forget_lock(self, upload_id: str) -> None:
        with self._guard:
            self._locks.pop(upload_id, None)

    def sweep(self, force: bool = False) -> List[str]:
        """Remove uploads untouched for the TTL (at most once a minute unless ``force``);
        returns their ids."""
        now = time.time()
        if not force and now - self._last_sweep < 60:
            return []
        self._last_sweep = now
        gone = self.offsets.expired(now - self.ttl_seconds)
        for record in gone:
            self.remove(record)
        return [r.id for r in gone]


class Sweeper:
    """A service that removes abandoned partial uploads every ``every`` seconds (started and
    stopped with the App), so they expire even when nobody starts a new upload."""

    def __init__(self, resumables: Resumables, every: float = 60.0) -> None:
        self.resumables = resumables
        self.every = every
        self._greenlet: Any = None

    def start(self) -> None:
        import gevent

        if self._greenlet is None:
            self._greenlet = gevent.spawn(self._run)

    def _run(self) -> None:
        import gevent

        while True:
            gevent.sleep(self.every)
            try:
                self.resumables.sweep(force=True)
            except Exception:  # a failing disk must not end the sweeping
                log.exception("sweeping abandoned uploads failed")

    def stop(self) -> None:
        if self._greenlet is not None:
            self._greenlet.kill()
            self._greenlet = None


def plan_sizes(limits: UploadLimits, sizes: List[Tuple[str, int]]) -> Optional[UploadRejected]:
    """The 413 for files whose declared sizes break the limits (None when they fit)."""
    from .multipart import too_large

    if len(sizes) > limits.max_files:
        return too_large(limits, "max_files")
    for name, size in sizes:
        if size > limits.max_file_bytes:
            return too_large(limits, "max_file_bytes", f": {name!r} is larger")
    if sum(size for _, size in sizes) > limits.max_request_bytes:
        return too_large(limits, "max_request_bytes")
    return None
