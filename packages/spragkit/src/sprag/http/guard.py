"""The request guard: one decision for every browser-to-server entry point (actions, uploads,
socket connects, SSE subscriptions, resources).

An entry point states what it needs in a :class:`GuardRule`; :meth:`RequestGuard.check` runs
the checks in a fixed order and returns either :class:`Admitted` (the body read within the
limit, the session, the user) or a typed :class:`Rejection`, which renders as the JSON
envelope ``{"ok": false, "error", "errors"}`` with its status:

1. body limit (413)  2. Origin / Sec-Fetch-Site (403)  3. session (403)
4. CSRF token (403)  5. auth requirement (401 no user, 403 missing role/permission)

A rejected request has run no application code and changed nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, Iterable, Mapping, Optional, Union

from ..backends.sessions import Session
from .auth import AuthService, User, auth_failure
from .csrf import csrf_valid
from .errors import envelope
from .sessions import SessionAccess

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Response

__all__ = ["GuardRule", "RequestGuard", "Admitted", "Rejection", "CSRF_HEADER", "SESSION_MODES", "auth_problem"]

CSRF_HEADER = "X-Sprag-CSRF"
SESSION_MODES = ("required", "optional", "create")


@dataclass(frozen=True)
class GuardRule:
    """What an entry point requires of a request.

    ``body_limit``: read the body, refusing more than this many bytes (None: do not read it).
    ``same_origin``: refuse requests the browser marks as cross-site.
    ``session``: ``"required"`` (refuse without one), ``"optional"`` or ``"create"``.
    ``csrf``: require the browser's signed CSRF token (``http/csrf.py``; no session needed).
    ``signed_in`` / ``roles`` / ``permissions``: the auth requirement (any role, all permissions).
    ``label``: how messages name the entry point (``"action"`` -> "Cross-site action requests").
    """

    body_limit: Optional[int] = None
    same_origin: bool = True
    session: str = "required"
    csrf: bool = True
    signed_in: bool = False
    roles: FrozenSet[str] = frozenset()
    permissions: FrozenSet[str] = frozenset()
    label: str = "request"

    def __post_init__(self) -> None:
        if self.session not in SESSION_MODES:
            raise ValueError(f"GuardRule(session={self.session!r}) must be one of {SESSION_MODES}")
        if self.body_limit is not None and (not isinstance(self.body_limit, int) or self.body_limit <= 0):
            raise ValueError("GuardRule(body_limit=...) must be a positive number of bytes or None")
        object.__setattr__(self, "roles", frozenset(self.roles))
        object.__setattr__(self, "permissions", frozenset(self.permissions))

    @property
    def needs_user(self) -> bool:
        return self.signed_in or bool(self.roles) or bool(self.permissions)


@dataclass(frozen=True)
class Admitted:
    """A request that passed: its body (when the rule reads it), session and user."""

    body: Optional[bytes]
    session: Optional[Session]
    user: Optional[User] = None


@dataclass(frozen=True)
class Rejection:
    """Why a request was refused: ``status``, a human ``error``, per-field ``errors`` and a
    stable ``reason`` (``body_too_large``, ``bad_body``, ``cross_site``, ``no_session``, ``csrf``,
    ``unauthenticated``, ``forbidden``)."""

    status: int
    reason: str
    error: str
    errors: Mapping[str, str] = field(default_factory=dict)

    def response(self) -> Response:
        """The JSON envelope for this rejection."""
        return envelope(self.status, False, error=self.error, errors=dict(self.errors))

    def to_dict(self) -> Dict[str, Any]:
        """The envelope body (for transports that are not HTTP responses: socket acks, SSE)."""
        return {"ok": False, "error": self.error, "errors": dict(self.errors)}


class RequestGuard:
    """Checks the current Flask request against a :class:`GuardRule`."""

    def __init__(self, sessions: SessionAccess, auth: AuthService, trusted_origins: Iterable[str] = ()) -> None:
        self.sessions = sessions
        self.auth = auth
        self.trusted_origins = frozenset(trusted_origins)

    def same_origin(self) -> bool:
        """True unless the browser says the request came from another site."""
        from flask import request

        fetch_site = request.headers.get("Sec-Fetch-Site")
        if fetch_site is not None and fetch_site not in ("same-origin", "none"):
            return False
        origin = request.headers.get("Origin")
        if origin is not None:
            expected = request.host_url.rstrip("/")
            if origin != expected and origin not in self.trusted_origins:
                return False
        return True

    def _read_body(self, limit: int, label: str) -> Union[bytes, Rejection]:
        from flask import request

        too_big = Rejection(413, "body_too_large", f"Request body is larger than the {limit}-byte limit for {label}s")
        length = request.content_length
        if length is not None and length > limit:
            return too_big
        try:
            raw = request.stream.read(limit + 1)
        except (OSError, ValueError) as exc:  # a broken chunked body, a client that went away
            return Rejection(400, "bad_body", f"Request body could not be read ({exc}); send it again whole")
        if len(raw) > limit:
            return too_big
        return raw

    def check(self, rule: GuardRule, *, csrf_token: Optional[str] = None) -> Union[Admitted, Rejection]:
        """Run the rule's checks in order; the first failure is returned as a Rejection.

        ``csrf_token`` replaces the ``X-Sprag-CSRF`` header (for EventSource or socket
        connects, which cannot set headers).
        """
        from flask import request

        body: Optional[bytes] = None
        if rule.body_limit is not None:
            read = self._read_body(rule.body_limit, rule.label)
            if isinstance(read, Rejection):
                return read
            body = read
        if rule.same_origin and not self.same_origin():
            return Rejection(403, "cross_site", f"Cross-site {rule.label} requests are refused")
        session: Optional[Session]
        if rule.session == "create" and not rule.csrf:
            session = self.sessions.ensure()
        else:
            session = self.sessions.load()
        if rule.csrf:
            token = csrf_token if csrf_token is not None else request.headers.get(CSRF_HEADER, "")
            if not csrf_valid(self.sessions.csrf, session, token):
                return Rejection(403, "csrf", f"Missing or invalid {CSRF_HEADER} token; reload the page and retry")
        elif rule.session == "required" and session is None:
            return Rejection(403, "no_session", "No session for this request; reload the page and retry")
        user: Optional[User] = None
        if rule.needs_user:
            user = self.auth.user_for(session) if session is not None else None
            problem = auth_problem(user, rule.roles, rule.permissions)
            if problem is not None:
                return problem
        return Admitted(body, session, user)


def auth_problem(user: Optional[User], roles: Iterable[str] = (), permissions: Iterable[str] = ()) -> Optional[Rejection]:
    """The rejection for ``user`` against a role/permission requirement, or None."""
    failure = auth_failure(user, roles, permissions)
    return Rejection(*failure) if failure is not None else None
