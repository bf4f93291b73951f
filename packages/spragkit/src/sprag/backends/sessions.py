"""Sessions: the ``SessionStore`` protocol, the session record and policy, and the in-memory
default store (one gevent process is the embedded default; Redis implements the same protocol).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Optional, Protocol, runtime_checkable

__all__ = ["SessionPolicy", "SessionStore", "InMemorySessionStore", "Session", "new_session"]


@dataclass(frozen=True)
class SessionPolicy:
    """How long sessions live and how their cookie is set."""

    idle_ttl_seconds: int = 3600
    absolute_ttl_seconds: int = 86400
    remember_me_ttl_seconds: int = 2592000
    cookie_name: str = "sprag_sid"
    cookie_secure: Optional[bool] = None  # None: secure when the request is https
    cookie_samesite: str = "Lax"
    login_url: str = "/login"

    def __post_init__(self) -> None:
        for name in ("idle_ttl_seconds", "absolute_ttl_seconds", "remember_me_ttl_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"SessionPolicy({name}={value!r}) must be a positive number of seconds")
        if not isinstance(self.login_url, str) or not self.login_url.startswith("/") or self.login_url.startswith("//"):
            raise ValueError(f"SessionPolicy(login_url={self.login_url!r}) must be a path on this site, like '/login'")

    def expired(self, session: Session, now: float) -> bool:
        """Whether ``session`` is past its idle or absolute lifetime at ``now``.

        A session signed in with ``remember=True`` lives ``remember_me_ttl_seconds`` (idle and
        absolute); any other lives ``idle_ttl_seconds`` without a request and
        ``absolute_ttl_seconds`` in all.
        """
        if session.data.get("_remember"):
            limit = self.remember_me_ttl_seconds
            return now - session.touched > limit or now - session.created > limit
        return now - session.touched > self.idle_ttl_seconds or now - session.created > self.absolute_ttl_seconds


@dataclass
class Session:
    """One session: an opaque id, its data (with the CSRF token under ``_csrf``), timestamps."""

    id: str
    data: Dict[str, Any]
    created: float
    touched: float
    #: The data as the store last wrote it (JSON), for stores that keep copies (Redis):
    #: they write the session back at the end of a request only when it changed.
    stored: Optional[str] = field(default=None, repr=False, compare=False)

    @property
    def csrf_token(self) -> str:
        return self.data["_csrf"]


def new_session() -> Session:
    """A fresh session with a random id and CSRF token (what ``create()`` stores)."""
    now = time.time()
    return Session(secrets.token_urlsafe(32), {"_csrf": secrets.token_urlsafe(32)}, now, now)


@runtime_checkable
class SessionStore(Protocol):
    """Where sessions live: ``load``, ``create``, ``save``, ``delete`` and ``rotate``.

    Subclass it to inherit ``rotate``, or implement all five methods on any class.
    """

    def load(self, sid: str, policy: SessionPolicy) -> Optional[Session]:
        """The live session ``sid`` (touched now), or None when unknown or expired."""
        ...

    def create(self) -> Session:
        """Store and return a new session (see :func:`new_session`)."""
        ...

    def save(self, session: Session) -> None:
        """Store ``session`` (its data changed)."""
        ...

    def delete(self, sid: str) -> None:
        """Forget ``sid`` (no error when it is unknown)."""
        ...

    def rotate(self, session: Session) -> Session:
        """A new id (and CSRF token) for the same data: call on login."""
        self.delete(session.id)
        fresh = self.create()
        csrf = fresh.data["_csrf"]
        fresh.data = dict(session.data)
        fresh.data["_csrf"] = csrf
        self.save(fresh)
        return fresh


class InMemorySessionStore(SessionStore):
    """Sessions in one process's memory, each operation O(1).

    Bound: at most ``max_sessions`` sessions (default 100,000, about 60 MB at ~600 B each);
    when full, creating one evicts the least recently used. TTL: a session idle longer than
    the policy's ``idle_ttl_seconds`` (or older than ``absolute_ttl_seconds``) is gone when
    loaded, and ``create()`` also evicts a few expired sessions from the least recently used
    end, so idle sessions do not wait for the bound. Entries are kept in use order (an
    ordered dict moved on every load), so no operation scans the store.
    """

    #: Expired sessions ``create()`` evicts at most per call (keeps every call O(1)).
    SWEEP = 8

    def __init__(self, max_sessions: int = 100_000, *, clock: Callable[[], float] = time.time) -> None:
        if not isinstance(max_sessions, int) or max_sessions < 1:
            raise ValueError(f"InMemorySessionStore(max_sessions=...) must be at least 1, got {max_sessions!r}")
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()
        self.max_sessions = max_sessions
        self._clock = clock
        self._policy = SessionPolicy()  # the last policy load() was given (for the sweep)

    def load(self, sid: str, policy: SessionPolicy) -> Optional[Session]:
        now = self._clock()
        with self._lock:
            self._policy = policy
            session = self._sessions.get(sid)
            if session is None:
                return None
            if policy.expired(session, now):
                del self._sessions[sid]
                return None
            session.touched = now
            self._sessions.move_to_end(sid)
            return session

    def create(self) -> Session:
        session = new_session()
        session.created = session.touched = self._clock()
        with self._lock:
            self._sweep(session.touched)
            while len(self._sessions) >= self.max_sessions:
                self._sessions.popitem(last=False)  # the least recently used
            self._sessions[session.id] = session
        return session

    def _sweep(self, now: float) -> None:
        """Evict up to SWEEP expired sessions from the least recently used end (it stops at
        the first live one, e.g. a remember-me session: what is behind waits for load())."""
        for _ in range(self.SWEEP):
            if not self._sessions:
                return
            oldest = next(iter(self._sessions.values()))
            if not self._policy.expired(oldest, now):
                return
            self._sessions.popitem(last=False)

    def save(self, session: Session) -> None:
        with self._lock:
            self._sessions[session.id] = session
            self._sessions.move_to_end(session.id)

    def delete(self, sid: str) -> None:
        with self._lock:
            self._sessions.pop(sid, None)

    def __len__(self) -> int:
        return len(self._sessions)
