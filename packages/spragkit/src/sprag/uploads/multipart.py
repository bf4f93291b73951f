"""A streaming ``multipart/form-data`` reader: file parts go to temporary files as they
arrive (a file is never held whole in memory), non-file fields are kept (up to a limit).

:func:`read_multipart` enforces the per-file, per-request and files-per-request limits while
reading and raises :class:`UploadRejected` (413 naming the limit, or 400); on any failure,
including a client that disconnects mid-way, every file it wrote is removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Dict, List, Optional

from ..http.limits import LIMIT_NAMES, UploadLimits
from .files import UploadedFile, temp_path

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    pass

__all__ = ["UploadRejected", "Parsed", "read_multipart", "too_large", "drain", "READ_SIZE"]

READ_SIZE = 256 * 1024


class UploadRejected(Exception):
    """An upload refused while reading it: ``status`` (413/400), ``error``, ``limit`` (the
    name of the limit it broke, for 413)."""

    def __init__(self, status: int, error: str, limit: Optional[str] = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.limit = limit


def too_large(limits: UploadLimits, name: str, detail: str = "") -> UploadRejected:
    """The 413 for breaking limit ``name`` (``max_file_bytes`` ...), naming it and its value."""
    value = getattr(limits, name)
    amount = f"{value} files" if name == "max_files" else _bytes(value)
    return UploadRejected(413, f"Upload is over the {LIMIT_NAMES[name]} ({name} = {amount}){detail}", name)


def _bytes(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} bytes"


@dataclass
class Parsed:
    """What a multipart body held: non-file ``fields`` (name -> list of str) and ``files``."""

    fields: Dict[str, List[str]] = field(default_factory=dict)
    files: Dict[str, List[UploadedFile]] = field(default_factory=dict)

    def all_files(self) -> List[UploadedFile]:
        return [f for items in self.files.values() for f in items]

    def discard(self) -> None:
        for f in self.all_files():
            f.discard()


def _boundary(content_type: str) -> bytes:
    from werkzeug.http import parse_options_header

    mime, options = parse_options_header(content_type or "")
    boundary = options.get("boundary")
    if mime != "multipart/form-data" or not boundary:
        raise UploadRejected(400, "Uploads are sent as multipart/form-data (use self.upload_form in the browser)")
    return boundary.encode("latin-1")


def read_multipart(stream: IO[bytes], content_type: str, content_length: Optional[int],
                   limits: UploadLimits) -> Parsed:
    """Read the whole body from ``stream`` (see the module doc)."""
    from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData

    if content_length is not None and content_length > limits.max_request_bytes:
        raise too_large(limits, "max_request_bytes")
    decoder = MultipartDecoder(_boundary(content_type))
    parsed = Parsed()
    remaining = content_length
    total = 0
    field_bytes = 0
    current: Any = None  # an open file (out, UploadedFile) or a field (name, chunks)
    try:
        while True:
            event = decoder.next_event()
            if isinstance(event, NeedData):
                if remaining == 0:
                    decoder.receive_data(None)
                    continue
                want = READ_SIZE if remaining is None else min(READ_SIZE, remaining)
                try:
                    chunk = stream.read(want)
                except (OSError, ValueError) as exc:
                    raise UploadRejected(400, f"The upload was interrupted ({exc})") from exc
                if not chunk:
                    if remaining is not None:
                        raise UploadRejected(400, "The upload was interrupted before its end")
                    decoder.receive_data(None)
                    continue
                total += len(chunk)
                if total > limits.max_request_bytes:
                    raise too_large(limits, "max_request_bytes")
                if remaining is not None:
                    remaining -= len(chunk)
                decoder.receive_data(chunk)
            elif isinstance(event, File):
                count = sum(len(v) for v in parsed.files.values())
                if count >= limits.max_files:
                    raise too_large(limits, "max_files")
                path = temp_path(limits.directory)
                out = open(path, "wb")
                upload = UploadedFile(event.name, event.filename or "", event.headers.get("content-type", ""), 0, path)
                parsed.files.setdefault(event.name, []).append(upload)
                current = (out, upload)
            elif isinstance(event, Field):
                current = (event.name, [])
            elif isinstance(event, Data):
                if isinstance(current[0], str):
                    field_bytes += len(event.data)
                    if field_bytes > limits.max_field_bytes:
                        raise too_large(limits, "max_field_bytes")
                    current[1].append(event.data)
                    if not event.more_data:
                        value = b"".join(current[1]).decode("utf-8", "replace")
                        parsed.fields.setdefault(current[0], []).append(value)
                        current = None
                else:
                    out, upload = current
                    upload.size += len(event.data)
                    if upload.size > limits.max_file_bytes:
                        raise too_large(limits, "max_file_bytes", f": {upload.client_filename!r} is larger")
                    out.write(event.data)
                    if not event.more_data:
                        out.close()
                        current = None
            elif isinstance(event, Epilogue):
                break
    except UploadRejected:
        _close(current)
        parsed.discard()
        raise
    except ValueError as exc:  # the decoder found broken multipart data
        _close(current)
        parsed.discard()
        raise UploadRejected(400, f"The upload is not valid multipart/form-data ({exc})") from exc
    except BaseException:
        _close(current)
        parsed.discard()
        raise
    return parsed


def _close(current: Any) -> None:
    if current is not None and not isinstance(current[0], str):
        current[0].close()


def drain(stream: IO[bytes], limit: int) -> None:
    """Read and drop up to ``limit`` more bytes of the body, so a browser still sending it
    receives the error answer instead of a reset connection."""
    left = limit
    try:
        while left > 0:
            chunk = stream.read(min(READ_SIZE, left))
            if not chunk:
                return
            left -= len(chunk)
    except (OSError, ValueError):
        return
