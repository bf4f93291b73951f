"""The session of the current request: read from the session cookie, created on demand,
and the ``Set-Cookie`` header for a session this request created.

The store behind it is a :class:`sprag.backends.SessionStore` (in memory by default).
"""

from __future__ import annotations

from typing import Any, Optional

from flask import Response, g, request

from ..backends.sessions import Session, SessionPolicy, SessionStore

__all__ = ["SessionAccess", "read_cookie"]

_UNSET = object()


def read_cookie(header: str, name: str) -> Optional[str]:
    """One cookie's value from a Cookie header (cheaper than parsing every cookie)."""
    if name not in header:
        return None
    for part in header.split(";"):
        key, sep, value = part.strip().partition("=")
        if sep and key == name:
            value = value.strip()
            if len(value) > 1 and value[0] == value[-1] == '"':
                value = value[1:-1]
            return value or None
    return None


class SessionAccess:
    """Reads and creates the session behind the session cookie of the current request."""

    def __init__(self, store: SessionStore, policy: SessionPolicy) -> None:
        self.store = store
        self.policy = policy

    def load(self) -> Optional[Session]:
        """The request's session, or None (no cookie, unknown or expired); cached per request."""
        cached = g.get("sprag_session", _UNSET)
        if cached is not _UNSET:
            return cached
        sid = read_cookie(request.environ.get("HTTP_COOKIE", ""), self.policy.cookie_name)
        session = self.store.load(sid, self.policy) if sid else None
        g.sprag_session = session
        return session

    def ensure(self) -> Session:
        """The request's session, created (and its cookie set on the response) when missing."""
        session = self.load()
        if session is None:
            session = self.store.create()
            g.sprag_session = session
            g.sprag_new_session = True
        return session

    def cookie_header(self, req: Any) -> Optional[str]:
        """The ``Set-Cookie`` value for a session created by this request (else None)."""
        if not g.get("sprag_new_session"):
            return None
        from werkzeug.http import dump_cookie

        secure = self.policy.cookie_secure
        if secure is None:
            secure = req.is_secure
        return dump_cookie(
            self.policy.cookie_name,
            g.sprag_session.id,
            httponly=True,
            secure=secure,
            samesite=self.policy.cookie_samesite,
            path="/",
        )

    def write_cookie(self, response: Response) -> None:
        """Add the session cookie to ``response`` when this request created the session."""
        header = self.cookie_header(request)
        if header is not None:
            response.headers.add("Set-Cookie", header)
