"""The append-only replay log: every event sent on a stream gets an increasing id, so a
client that reconnects with ``Last-Event-ID`` receives what it missed (SSE resume).
In memory by default (bounded per stream); a Redis Stream across processes.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any, Deque, Dict, List, Mapping, Optional, Protocol, Tuple, runtime_checkable

__all__ = ["ReplayLog", "InMemoryReplayLog", "ReplayEntry"]

#: (id, event) as stored; ids compare as increasing within one stream.
ReplayEntry = Tuple[str, Mapping[str, Any]]


@runtime_checkable
class ReplayLog(Protocol):
    """Append events per stream; read those after a given id."""

    def append(self, stream: str, event: Mapping[str, Any]) -> str:
        """Store ``event`` at the end of ``stream``; returns its id."""
        ...

    def since(self, stream: str, last_id: Optional[str], limit: int = 1000) -> List[ReplayEntry]:
        """Entries after ``last_id`` (all kept entries when None), oldest first, at most ``limit``."""
        ...


class InMemoryReplayLog(ReplayLog):
    """The last ``max_len`` events of each stream; ids are ``"<sequence>"`` strings."""

    def __init__(self, max_len: int = 1000) -> None:
        if max_len < 1:
            raise ValueError(f"InMemoryReplayLog(max_len=...) must be at least 1, got {max_len}")
        self.max_len = max_len
        self._streams: Dict[str, Deque[Tuple[int, Mapping[str, Any]]]] = {}
        self._next: Dict[str, int] = {}
        self._lock = threading.Lock()

    def append(self, stream: str, event: Mapping[str, Any]) -> str:
        with self._lock:
            seq = self._next.get(stream, 1)
            self._next[stream] = seq + 1
            self._streams.setdefault(stream, deque(maxlen=self.max_len)).append((seq, event))
        return str(seq)

    def since(self, stream: str, last_id: Optional[str], limit: int = 1000) -> List[ReplayEntry]:
        after = 0
        if last_id is not None:
            try:
                after = int(last_id)
            except ValueError:
                after = 0  # an id from elsewhere: replay what is kept
        with self._lock:
            kept = list(self._streams.get(stream, ()))
        return [(str(seq), event) for seq, event in kept if seq > after][:limit]
