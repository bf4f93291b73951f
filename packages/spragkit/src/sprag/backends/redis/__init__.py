"""Redis backends: one setting (``SPRAG_REDIS_URL`` / ``App(redis_url=...)``) shares every
piece of state between the processes and hosts of one app.

``redis_backends(url, prefix)`` returns a :class:`~sprag.backends.Backends` with Redis
sessions, login-throttle counters, socket message queue (Flask-SocketIO's Redis manager),
event fan-out (pub/sub), replay log (a Redis Stream), job records and upload offsets. Every
key starts with ``prefix`` (``SPRAG_REDIS_PREFIX``, default ``sprag``), so several apps can
share one Redis. Needs ``pip install 'spragkit[redis]'``.
"""

from __future__ import annotations

from typing import Any, Optional

from ..socket_queue import UrlSocketQueue
from .client import RedisLink, RedisUnavailable, redacted
from .events import RedisFanout, RedisReplayLog, stream_id_key
from .jobs import RedisJobStore
from .state import RedisAttemptStore, RedisSessionStore, RedisUploadOffsets

__all__ = [
    "redis_backends", "RedisLink", "RedisUnavailable", "redacted", "RedisSessionStore",
    "RedisAttemptStore", "RedisUploadOffsets", "RedisFanout", "RedisReplayLog", "RedisJobStore",
    "stream_id_key", "DEFAULT_PREFIX",
]

#: The key prefix when ``SPRAG_REDIS_PREFIX`` is not set.
DEFAULT_PREFIX = "sprag"


def redis_backends(url: str, prefix: Optional[str] = None, *, check: bool = True, **overrides: Any) -> Any:
    """Every backend on the Redis at ``url``; ``check`` pings it now (raising
    :class:`RedisUnavailable` naming the URL). ``overrides`` replace single backends."""
    from .. import Backends

    link = RedisLink(url, prefix or DEFAULT_PREFIX)
    if check:
        link.ping()
    parts = {
        "sessions": RedisSessionStore(link),
        "attempts": RedisAttemptStore(link),
        "socket_queue": UrlSocketQueue(url, channel=link.key("socketio")),
        "fanout": RedisFanout(link),
        "replay": RedisReplayLog(link),
        "jobs": RedisJobStore(link),
        "uploads": RedisUploadOffsets(link),
    }
    parts.update({k: v for k, v in overrides.items() if v is not None})
    return Backends(redis=link, **parts)
