"""The session of the current request: read from the session cookie, created on demand,
and the ``Set-Cookie`` headers for a session this request created and for the signed CSRF
nonce it issued (``http/csrf.py``: an anonymous visitor gets a token, not a session).

The store behind it is a :class:`sprag.backends.SessionStore` (in memory by default).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable, List, Optional

from ..backends.sessions import Session, SessionPolicy, SessionStore

if TYPE_CHECKING:  # pragma: no cover (Flask loads when a request is answered, not in `sprag build`)
    from flask import Response

    from .csrf import CsrfTokens

__all__ = ["SessionAccess", "read_cookie"]

_UNSET = object()

log = logging.getLogger("sprag.sessions")


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

    def __init__(self, store: SessionStore, policy: SessionPolicy,
                 csrf: Optional[CsrfTokens] = None) -> None:
        self.store = store
        self.policy = policy
        if csrf is None:
            from .csrf import CsrfTokens

            csrf = CsrfTokens(_no_key, cookie_secure=policy.cookie_secure, samesite=policy.cookie_samesite)
        #: The signed CSRF tokens (``csrf_token()`` for a page, ``csrf.verify()`` for a call).
        self.csrf = csrf
        self._watchers: List[Callable[[Optional[str], Optional[str]], Any]] = []

    def on_change(self, fn: Callable[[Optional[str], Optional[str]], Any]) -> None:
        """Call ``fn(old_id, new_id)`` inside the request whenever it creates, replaces (login)
        or drops (logout) its session, e.g. to move the tab's sockets to the new session."""
        self._watchers.append(fn)

    def _changed(self, old: Optional[str], new: Optional[str]) -> None:
        for fn in self._watchers:
            try:
                fn(old, new)
            except Exception:
                log.exception("session change listener %r failed", fn)

    def csrf_token(self) -> str:
        """The CSRF token for the current request's page (no server session needed)."""
        return self.csrf.token()

    def load(self) -> Optional[Session]:
        """The request's session, or None (no cookie, unknown or expired); cached per request."""
        from flask import g, request

        cached = g.get("sprag_session", _UNSET)
        if cached is not _UNSET:
            return cached
        sid = read_cookie(request.environ.get("HTTP_COOKIE", ""), self.policy.cookie_name)
        session = self.store.load(sid, self.policy) if sid else None
        g.sprag_session = session
        return session

    def ensure(self) -> Session:
        """The request's session, created (and its cookie set on the response) when missing."""
        from flask import g

        session = self.load()
        if session is None:
            session = self.store.create()
            g.sprag_session = session
            g.sprag_new_session = True
            self._changed(None, session.id)
        return session

    def adopt(self, session: Session, remember: bool = False) -> None:
        """Make ``session`` the request's session and send its cookie (a login's new id;
        ``remember``: a persistent cookie for ``remember_me_ttl_seconds``)."""
        from flask import g

        before = self.load()
        g.sprag_session = session
        g.sprag_new_session = True
        g.sprag_remember = bool(remember)
        g.sprag_drop_session = False
        if before is None or before.id != session.id:
            self._changed(before.id if before is not None else None, session.id)

    def drop(self) -> None:
        """Forget the request's session (logout): deleted from the store, cookie cleared."""
        from flask import g

        session = self.load()
        if session is not None:
            self.store.delete(session.id)
        g.sprag_session = None
        g.sprag_new_session = False
        g.sprag_drop_session = True
        if session is not None:
            self._changed(session.id, None)

    def cookie_header(self, req: Any) -> Optional[str]:
        """The ``Set-Cookie`` value for a session this request created (or dropped), else None."""
        from flask import g

        dropped = g.get("sprag_drop_session")
        if not g.get("sprag_new_session") and not dropped:
            return None
        if not dropped and not getattr(self.store, "available", True):
            # the shared store is down: the session was not stored, and replacing the
            # visitor's cookie would sign them out once it is back
            return None
        from werkzeug.http import dump_cookie

        secure = self.policy.cookie_secure
        if secure is None:
            secure = req.is_secure
        if dropped:
            return dump_cookie(self.policy.cookie_name, "", max_age=0, expires=0, httponly=True,
                               secure=secure, samesite=self.policy.cookie_samesite, path="/")
        return dump_cookie(
            self.policy.cookie_name,
            g.sprag_session.id,
            max_age=int(self.policy.remember_me_ttl_seconds) if g.get("sprag_remember") else None,
            httponly=True,
            secure=secure,
            samesite=self.policy.cookie_samesite,
            path="/",
        )

    def cookie_headers(self, req: Any) -> List[str]:
        """Every ``Set-Cookie`` value this request needs: the session it created, the CSRF
        nonce it issued."""
        self.flush()
        found = [self.cookie_header(req), self.csrf.cookie_header(req)]
        return [c for c in found if c is not None]

    def flush(self) -> None:
        """Write the request's session back when its store keeps copies (Redis) and its data
        changed; the in-memory store holds the live object and has nothing to do."""
        from flask import g

        flush = getattr(self.store, "flush", None)
        session = g.get("sprag_session")
        if flush is not None and session is not None and not g.get("sprag_drop_session"):
            flush(session)

    def write_cookie(self, response: Response) -> None:
        """Add the cookies of :meth:`cookie_headers` to ``response``."""
        from flask import request

        for header in self.cookie_headers(request):
            response.headers.add("Set-Cookie", header)


def _no_key() -> bytes:
    raise RuntimeError("SessionAccess(csrf=CsrfTokens(...)) is needed to issue CSRF tokens")
