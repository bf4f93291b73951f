"""Backends: ``typing.Protocol`` interfaces for the state that must be shared when an app
runs as several processes, each with an in-memory default for the one-process case.

- :class:`SessionStore` sessions (``InMemorySessionStore``)
- :class:`EventFanout` bus/SSE fan-out (``InMemoryFanout``)
- :class:`SocketMessageQueue` Flask-SocketIO's message queue (``InProcessSocketQueue``)
- :class:`JobStore` job records (``InMemoryJobStore``, :mod:`sprag.backends.job_store`)
- :class:`ReplayLog` append-only event log for SSE resume (``InMemoryReplayLog``)
- :class:`AttemptStore` failed sign-ins for login throttling (``InMemoryAttemptStore``)
- :class:`UploadOffsets` resumable uploads' records and offsets (``InMemoryUploadOffsets``)

:class:`Backends` bundles one of each; ``App(backends=Backends(...))`` replaces any of them.
:func:`sprag.backends.redis.redis_backends` puts all of them in Redis (``SPRAG_REDIS_URL``).
Nothing here imports the rest of ``sprag``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from .attempts import AttemptStore, InMemoryAttemptStore
from .fanout import EventFanout, InMemoryFanout
from .job_store import InMemoryJobStore, JobRecord, JobStore
from .replay import InMemoryReplayLog, ReplayLog
from .sessions import InMemorySessionStore, Session, SessionPolicy, SessionStore
from .socket_queue import InProcessSocketQueue, SocketMessageQueue, UrlSocketQueue
from .uploads import InMemoryUploadOffsets, UploadOffsets, UploadRecord

__all__ = [
    "Backends", "SessionStore", "InMemorySessionStore", "Session", "SessionPolicy",
    "EventFanout", "InMemoryFanout", "SocketMessageQueue", "InProcessSocketQueue",
    "UrlSocketQueue", "JobStore", "InMemoryJobStore", "JobRecord", "ReplayLog",
    "InMemoryReplayLog", "AttemptStore", "InMemoryAttemptStore", "UploadOffsets",
    "InMemoryUploadOffsets", "UploadRecord",
]


@dataclass(frozen=True)
class Backends:
    """One backend of each kind; every field defaults to its in-memory implementation."""

    sessions: SessionStore = field(default_factory=InMemorySessionStore)
    fanout: EventFanout = field(default_factory=InMemoryFanout)
    socket_queue: SocketMessageQueue = field(default_factory=InProcessSocketQueue)
    jobs: JobStore = field(default_factory=InMemoryJobStore)
    replay: ReplayLog = field(default_factory=InMemoryReplayLog)
    attempts: AttemptStore = field(default_factory=InMemoryAttemptStore)
    uploads: UploadOffsets = field(default_factory=InMemoryUploadOffsets)
    #: The shared connection (a ``RedisLink``) when these backends live in Redis, else None.
    redis: Optional[Any] = None

    @property
    def shared(self) -> bool:
        """True when the state is shared between processes (Redis), so many may serve."""
        return self.redis is not None

    def __post_init__(self) -> None:
        for name, (kind, members) in _REQUIRED.items():
            value = getattr(self, name)
            missing = [m for m in members if not hasattr(value, m)]
            if missing:
                raise TypeError(
                    f"Backends({name}=...) must implement {kind.__name__}; {type(value).__name__} "
                    f"lacks {', '.join(missing)}"
                )


_REQUIRED = {
    "sessions": (SessionStore, ("load", "create", "save", "delete", "rotate")),
    "fanout": (EventFanout, ("publish", "subscribe")),
    "socket_queue": (SocketMessageQueue, ("url", "channel")),
    "jobs": (JobStore, ("add", "get", "update", "remove", "active")),
    "replay": (ReplayLog, ("append", "since")),
    "attempts": (AttemptStore, ("failures", "record", "clear")),
    "uploads": (UploadOffsets, ("create", "get", "advance", "delete", "expired")),
}
