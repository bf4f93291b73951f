"""Authentication seam: the app's :class:`AuthService` checks credentials
(``authenticate(username, password)``) and maps a session to its user; ``@requires_auth``
guards ``load()``, actions and uploads. The default :class:`AnonymousAuthService` knows no
users. Signing in and out (rotation, throttling) is :mod:`sprag.http.login`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable, Dict, FrozenSet, Iterable, Optional, Tuple

from specter import HTTPError

__all__ = ["AuthService", "AnonymousAuthService", "requires_auth", "User", "auth_failure",
           "as_user", "AuthRequired", "auth_requirement", "LoginThrottle"]

_AUTH_ATTR = "__sprag_auth__"
_CORE = ("id", "roles", "permissions")


class User(dict):
    """A signed-in user: a dict (JSON data) with ``id``, ``roles`` and ``permissions`` and any
    other fields, readable as attributes too (``user.id``, ``user.name``). ``roles`` and
    ``permissions`` read as frozensets."""

    def __init__(self, id: Any, roles: Iterable[str] = (), permissions: Iterable[str] = (), **extra: Any):
        if id is None or id == "" or isinstance(id, bool):
            raise ValueError(f"a user needs an id (a str or int), got {id!r}")
        if isinstance(roles, str) or isinstance(permissions, str):
            raise TypeError("User(roles=..., permissions=...) take lists of names, not one string")
        super().__init__(extra)
        self["id"] = id
        self["roles"] = sorted(str(r) for r in roles)
        self["permissions"] = sorted(str(p) for p in permissions)

    @property
    def id(self) -> Any:
        return self["id"]

    @property
    def roles(self) -> FrozenSet[str]:
        return frozenset(self["roles"])

    @property
    def permissions(self) -> FrozenSet[str]:
        return frozenset(self["permissions"])

    @property
    def extra(self) -> Dict[str, Any]:
        return {k: v for k, v in self.items() if k not in _CORE}

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"user has no field {name!r}") from None

    def to_dict(self) -> Dict[str, Any]:
        return dict(self)

    def __repr__(self) -> str:
        return f"User({self.id!r}, roles={sorted(self.roles)!r})"


def as_user(value: Any) -> User:
    """A :class:`User` from what ``authenticate`` returned: a User, a dict or an object with
    ``id`` (and optionally ``roles``, ``permissions`` and other public attributes)."""
    if isinstance(value, User):
        return value
    if isinstance(value, dict):
        fields = dict(value)
    elif value is not None and hasattr(value, "id"):
        fields = {k: v for k, v in vars(value).items() if not k.startswith("_")} if hasattr(value, "__dict__") else {}
        for name in _CORE:
            if hasattr(value, name):
                fields[name] = getattr(value, name)
    else:
        raise TypeError(f"a user is a dict or an object with an id; got {value!r}")
    if "id" not in fields:
        raise ValueError("a user needs an 'id' field")
    # never keep secrets in the session: a password (hash) stays where the app keeps users
    fields = {k: v for k, v in fields.items() if not str(k).lower().startswith("password")}
    return User(fields.pop("id"), fields.pop("roles", None) or (), fields.pop("permissions", None) or (), **fields)


@dataclass(frozen=True)
class LoginThrottle:
    """At most ``max_failures`` failed sign-ins per account and per client address within
    ``window_seconds``; the next attempt answers 429 until the oldest failure leaves the window."""

    max_failures: int = 5
    window_seconds: int = 900

    def __post_init__(self) -> None:
        for name in ("max_failures", "window_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"LoginThrottle({name}={value!r}) must be a positive integer")


class AuthService:
    """The app's users. Subclass it and implement ``authenticate``::

        class AppAuth(AuthService):
            public_fields = ("id", "name")

            def authenticate(self, username, password):
                row = USERS.get(username)
                if row and check_password_hash(row["password_hash"], password):
                    return {"id": row["id"], "name": row["name"], "roles": row["roles"]}
                return None

    Controllers call it through ``self.authenticate(...)`` (throttled) and
    ``self.login(user)``; the signed-in user is kept in the server session. ``public_fields``
    are the user's fields the browser payload may carry (``payload.features.user``).
    """

    #: Fields of the signed-in user sent to the browser (nothing else ever is).
    public_fields: Tuple[str, ...] = ()

    def authenticate(self, username: str, password: str) -> Any:
        """The user (a dict or object with ``id``, ``roles``, ``permissions``) or None."""
        return None

    def user_for(self, session: Any) -> Optional[User]:
        """The user of ``session`` (None when anonymous): the one ``login`` stored."""
        if session is None:
            return None
        raw = session.data.get("_user")
        if not isinstance(raw, dict) or "id" not in raw:
            return None
        return as_user(raw)

    def login(self, session: Any, user: User) -> None:
        """Keep ``user`` in ``session`` (called by ``Controller.login`` after rotation)."""
        session.data["_user"] = as_user(user).to_dict()

    def logout(self, session: Any) -> None:
        session.data.pop("_user", None)

    def public(self, user: Optional[User]) -> Optional[Dict[str, Any]]:
        """What the browser may see of ``user``: only ``public_fields`` (None when anonymous)."""
        if user is None:
            return None
        return {name: user[name] for name in self.public_fields if name in user}


class AnonymousAuthService(AuthService):
    """No credentials are accepted; a user exists only if ``login`` put one in the session."""


class AuthRequired(HTTPError):
    """Nobody is signed in: 401 for actions, uploads and sockets; a page redirects to the
    policy's ``login_url`` with ``?next=``."""

    def __init__(self, message: str = "Sign in to continue") -> None:
        super().__init__(message, 401)


def auth_failure(
    user: Optional[User], roles: Iterable[str] = (), permissions: Iterable[str] = ()
) -> Optional[Tuple[int, str, str]]:
    """``(status, reason, message)`` when ``user`` does not meet the requirement, else None.

    The one decision behind ``@requires_auth`` and the request guard's auth check.
    """
    if user is None:
        return 401, "unauthenticated", "Sign in to continue"
    need_roles = frozenset(roles)
    if need_roles and not (need_roles & user.roles):
        return 403, "forbidden", "You do not have the role this needs"
    need_perms = frozenset(permissions)
    if need_perms and not need_perms <= user.permissions:
        return 403, "forbidden", "You do not have the permission this needs"
    return None


def auth_requirement(method: Any) -> Optional[Tuple[FrozenSet[str], FrozenSet[str]]]:
    """``(roles, permissions)`` when ``method`` is wrapped by ``@requires_auth``, else None
    (the upload endpoint checks it before reading any byte of the body)."""
    return getattr(method, _AUTH_ATTR, None)


def requires_auth(
    fn: Optional[Callable] = None, *, roles: Iterable[str] = (), permissions: Iterable[str] = ()
):
    """Refuse ``load()`` (anonymous: redirect to the login page; wrong role: 403 page), an
    action or an upload (401/403 JSON) unless the user has one of ``roles`` and every one of
    ``permissions``."""
    if isinstance(roles, str) or isinstance(permissions, str):
        raise TypeError("@requires_auth(roles=[...], permissions=[...]) take lists of names")
    need_roles = frozenset(roles)
    need_perms = frozenset(permissions)

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            failure = auth_failure(self.request.user, need_roles, need_perms)
            if failure is not None:
                if failure[0] == 401:
                    raise AuthRequired(failure[2])
                raise HTTPError(failure[2], failure[0])
            return method(self, *args, **kwargs)

        setattr(guarded, _AUTH_ATTR, (need_roles, need_perms))
        return guarded

    return wrap(fn) if fn is not None else wrap
