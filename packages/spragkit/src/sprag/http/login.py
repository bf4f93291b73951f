"""Signing in and out: ``Controller.authenticate / login / logout`` run through :class:`AuthFlows`.

* ``authenticate(username, password)`` asks the app's :class:`~sprag.http.auth.AuthService`,
  throttled per account and per client address (:class:`LoginThrottle`, default 5 failures per
  15 minutes): once either key has that many failures in the window, the next call answers
  429 with ``Retry-After`` without asking the service. The message is the same whether the
  account exists or not.
* ``login(user, remember=)`` rotates the session: the old id is deleted from the store (a
  cookie planted before login is dead: fixation-proof), a new id and a new CSRF token are
  issued; ``remember=True`` makes the cookie persistent for ``remember_me_ttl_seconds``.
* ``logout()`` deletes the session and clears its cookie (and rotates the CSRF token).

The feature also puts the signed-in user's public fields in each page's payload
(``payload.features.user``; see ``AuthService.public_fields``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Dict, Optional

from specter import HTTPError

from ..backends.attempts import AttemptStore
from .auth import AuthService, LoginThrottle, User, as_user
from .request import current_request
from .sessions import SessionAccess

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    pass

__all__ = ["LoginThrottle", "TooManyAttempts", "AuthFlows"]


class TooManyAttempts(HTTPError):
    """429: too many failed sign-ins; ``retry_after`` seconds (sent as ``Retry-After``)."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = max(1, int(math.ceil(retry_after)))
        super().__init__(
            f"Too many sign-in attempts; try again in {_duration(self.retry_after)}", 429,
            {"retry_after": self.retry_after},
        )
        self.headers = {"Retry-After": str(self.retry_after)}


def _duration(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    return f"{int(math.ceil(seconds / 60))} minutes"


class AuthFlows:
    """The sign-in flows of one App (installed as the ``auth`` feature)."""

    name = "auth"

    def __init__(self, sessions: SessionAccess, service: AuthService, attempts: AttemptStore,
                 throttle: LoginThrottle) -> None:
        self.sessions = sessions
        self.service = service
        self.attempts = attempts
        self.throttle = throttle

    def install(self, host: Any) -> None:
        host.add_extension("sprag.auth", self)
        host.add_page_data("user", self._page_user)

    def _page_user(self, surface: Any, session: Any) -> Optional[Dict[str, Any]]:
        if session is None:
            return None
        return self.service.public(self.service.user_for(session))

    # -- authenticate ------------------------------------------------------------------------

    def _keys(self, username: str) -> tuple:
        from flask import request

        account = "account:" + username.strip().casefold()
        client = "client:" + (request.remote_addr or "unknown")
        return account, client

    def authenticate(self, username: Any, password: Any) -> Optional[User]:
        """The user for these credentials, or None; raises :class:`TooManyAttempts` (429)."""
        name = username if isinstance(username, str) else ""
        keys = self._keys(name)
        window = self.throttle.window_seconds
        waits = []
        for key in keys:
            count, retry_after = self.attempts.failures(key, window)
            if count >= self.throttle.max_failures:
                waits.append(retry_after)
        if waits:
            raise TooManyAttempts(max(waits))
        user = None
        if name and isinstance(password, str) and password:
            found = self.service.authenticate(name, password)
            user = as_user(found) if found is not None else None
        if user is None:
            for key in keys:
                self.attempts.record(key, window)
            return None
        self.attempts.clear(keys[0])
        return user

    # -- login / logout ----------------------------------------------------------------------

    def login(self, user: Any, remember: bool = False) -> User:
        """Sign ``user`` in on a new session id (see the module doc); returns the User."""
        user = as_user(user)
        store = self.sessions.store
        old = self.sessions.load()
        fresh = store.rotate(old) if old is not None else store.create()
        # a new record: its absolute lifetime starts at sign-in (timestamps by the store's clock)
        if remember:
            fresh.data["_remember"] = True
        else:
            fresh.data.pop("_remember", None)
        self.service.login(fresh, user)
        store.save(fresh)
        self.sessions.adopt(fresh, remember)
        self._rotate_csrf()
        req = current_request()
        if req is not None:
            req.session_id = fresh.id
            req.session = fresh.data
            req.user = user
        return user

    def logout(self) -> None:
        """Sign out: the session is deleted and its cookie cleared."""
        session = self.sessions.load()
        if session is not None:
            self.service.logout(session)
        self.sessions.drop()
        self._rotate_csrf()
        req = current_request()
        if req is not None:
            req.session_id = None
            req.session = {}
            req.user = None

    def _rotate_csrf(self) -> None:
        """A new signed CSRF token for the browser (the old one stops working); the action's
        answer carries it as ``csrf`` and the browser runtime adopts it. (A session's own
        ``_csrf`` is renewed by the store's ``rotate``.)"""
        from flask import g

        g.sprag_csrf_rotated = self.sessions.csrf.rotate()
