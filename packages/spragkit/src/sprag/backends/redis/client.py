"""The Redis connection every Redis backend shares: one URL, one key prefix, one client.

The client is the ``redis`` package (``pip install spragkit[redis]``); with gevent's
monkey-patched sockets its blocking calls yield to other greenlets. Connections are opened
lazily and per process (redis-py's pool notices a fork and starts afresh), so an App built
before ``sprag serve --workers N`` forks is safe.

:class:`RedisLink` also keeps the health of the connection: a failed call logs one warning
("Redis at ... is unreachable") and a later success logs that it is back, so a restart of
Redis shows in the log once, not once per request.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable, Optional, TypeVar
from urllib.parse import urlsplit, urlunsplit

__all__ = ["RedisLink", "RedisUnavailable", "redacted", "require_redis"]

log = logging.getLogger("sprag.redis")

T = TypeVar("T")


class RedisUnavailable(RuntimeError):
    """Redis could not be reached (at startup: the App refuses to start)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        super().__init__(
            f"cannot reach Redis at {redacted(url)} ({reason}); start Redis there, or fix "
            "SPRAG_REDIS_URL / App(redis_url=...) (redis://[:password@]host:6379/0, rediss:// for TLS)"
        )


def redacted(url: str) -> str:
    """``url`` with its password replaced by ``***`` (for logs and errors)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid URL>"
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, f"{user}:***@{host}", parts.path, parts.query, parts.fragment))


def require_redis() -> Any:
    """The ``redis`` module, or an ImportError saying how to install it."""
    try:
        import redis
    except ImportError:
        raise ImportError(
            "SPRAG_REDIS_URL / App(redis_url=...) needs the redis client: pip install 'spragkit[redis]'"
        ) from None
    return redis


_RAISE: Any = object()


class RedisLink:
    """A lazily connected Redis client with a key prefix and health tracking.

    ``key("session", sid)`` -> ``"<prefix>:session:<sid>"``. ``call(fn, default)`` runs
    ``fn(client)``; on a connection error it logs (once per outage) and returns ``default``
    (or raises when no default is given).
    """

    def __init__(self, url: str, prefix: str = "sprag", *, socket_timeout: float = 5.0) -> None:
        if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(
                f"a Redis URL looks like redis://[:password@]host:6379/0 (rediss:// for TLS, "
                f"unix:///path/to/socket); got {url!r}"
            )
        if not isinstance(prefix, str) or not prefix or any(c.isspace() for c in prefix):
            raise ValueError(f"the Redis key prefix must be a non-empty word without spaces, got {prefix!r}")
        self.url = url
        self.prefix = prefix
        self.socket_timeout = socket_timeout
        self._client: Any = None
        self._lock = threading.Lock()
        self._down_since: Optional[float] = None
        redis = require_redis()
        self.errors = (redis.ConnectionError, redis.TimeoutError, OSError)

    # -- the client --------------------------------------------------------------------------

    @property
    def client(self) -> Any:
        """The ``redis.Redis`` client (created on first use; responses decoded as str)."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    redis = require_redis()
                    self._client = redis.Redis.from_url(
                        self.url, decode_responses=True, socket_timeout=self.socket_timeout,
                        socket_connect_timeout=self.socket_timeout, health_check_interval=30,
                        retry_on_timeout=False,
                    )
        return self._client

    def blocking_client(self) -> Any:
        """A separate client without a read timeout, for blocking reads (XREAD BLOCK, pub/sub)."""
        redis = require_redis()
        return redis.Redis.from_url(self.url, decode_responses=True, socket_timeout=None,
                                    socket_connect_timeout=self.socket_timeout)

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix,) + parts)

    def ping(self) -> None:
        """Check the connection now; raises :class:`RedisUnavailable` naming the URL."""
        try:
            self.client.ping()
        except self.errors as exc:
            raise RedisUnavailable(self.url, f"{type(exc).__name__}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - auth errors, a non-Redis server ...
            raise RedisUnavailable(self.url, f"{type(exc).__name__}: {exc}") from None
        self.mark_up()

    # -- health ------------------------------------------------------------------------------

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def mark_down(self, exc: BaseException) -> None:
        if self._down_since is None:
            self._down_since = time.monotonic()
            log.warning("Redis at %s is unreachable (%s: %s); shared state is unavailable until it is back",
                        redacted(self.url), type(exc).__name__, exc)

    def mark_up(self) -> None:
        if self._down_since is not None:
            took = time.monotonic() - self._down_since
            self._down_since = None
            log.warning("Redis at %s is reachable again (after %.1f s)", redacted(self.url), took)

    def call(self, fn: Callable[[Any], T], default: Any = _RAISE) -> T:
        """``fn(client)``, tracking health; on a connection error ``default`` (or re-raise)."""
        try:
            result = fn(self.client)
        except self.errors as exc:
            self.mark_down(exc)
            if default is _RAISE:
                raise
            return default
        if self._down_since is not None:
            self.mark_up()
        return result

    def __repr__(self) -> str:
        return f"RedisLink({redacted(self.url)}, prefix={self.prefix!r})"


def spawn_background(fn: Callable[[], Any], name: str) -> Any:
    """Run ``fn`` in the background: a greenlet when gevent patched the sockets (servers), a
    daemon thread otherwise (a blocking Redis read would stall every greenlet). The result
    has ``kill()`` and ``dead``."""
    from gevent import monkey

    if monkey.is_module_patched("socket"):
        import gevent

        return gevent.spawn(fn)
    return _Thread(fn, name)


class _Thread:
    def __init__(self, fn: Callable[[], Any], name: str) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(fn,), name=name, daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except _Stopped:
            pass

    @property
    def dead(self) -> bool:
        return not self._thread.is_alive()

    def kill(self, block: bool = False) -> None:
        self._stop.set()


class _Stopped(Exception):
    pass


def pause(seconds: float) -> None:
    """Sleep without blocking other greenlets (gevent.sleep when patched, time.sleep otherwise)."""
    from gevent import monkey

    if monkey.is_module_patched("time"):
        import gevent

        gevent.sleep(seconds)
    else:
        time.sleep(seconds)
