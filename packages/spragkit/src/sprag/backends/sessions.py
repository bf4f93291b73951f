"""Sessions: the ``SessionStore`` protocol, the session record and policy, and the in-memory
default store (one gevent process is the embedded default; Redis implements the same protocol).
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any, Dict, Optional, Protocol, runtime_checkable

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
    """Sessions in a dict, expired by the policy's idle and absolute TTLs."""

    def __init__(self, max_sessions: int = 100_000) -> None:
        self._sessions: Dict[str, Session] = {}
        self._lock = threading.Lock()
        self.max_sessions = max_sessions

    def load(self, sid: str, policy: SessionPolicy) -> Optional[Session]:
        now = time.time()
        with self._lock:
            session = self._sessions.get(sid)
            if session is None:
                return None
            if policy.expired(session, now):
                del self._sessions[sid]
                return None
            session.touched = now
            return session

    def create(self) -> Session:
        session = new_session()
        with self._lock:
            if len(self._sessions) >= self.max_sessions:
                oldest = min(self._sessions.values(), key=lambda s: s.touched)
                del self._sessions[oldest.id]
            self._sessions[session.id] = session
        return session

    def save(self, session: Session) -> None:
        with self._lock:
            self._sessions[session.id] = session

    def delete(self, sid: str) -> None:
        with self._lock:
            self._sessions.pop(sid, None)

    def __len__(self) -> int:
        return len(self._sessions)
