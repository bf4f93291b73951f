"""Authentication seam: an auth service maps a session to a user; ``@requires_auth`` guards
``load()`` and actions. The default :class:`AnonymousAuthService` knows no users."""

from __future__ import annotations

import functools
from typing import Any, Callable, Iterable, Optional, Tuple

from specter import HTTPError

__all__ = ["AuthService", "AnonymousAuthService", "requires_auth", "User", "auth_failure"]


class User:
    """A signed-in user: ``id``, ``roles``, ``permissions``."""

    def __init__(self, id: str, roles: Iterable[str] = (), permissions: Iterable[str] = (), **extra: Any):
        self.id = id
        self.roles = frozenset(roles)
        self.permissions = frozenset(permissions)
        self.extra = extra

    def to_dict(self) -> dict:
        return {"id": self.id, "roles": sorted(self.roles), **self.extra}


class AuthService:
    """Override ``user_for(session)``; ``login``/``logout`` store the user id in the session."""

    def user_for(self, session: Any) -> Optional[User]:
        return None

    def login(self, session: Any, user: User) -> None:
        session.data["_user"] = user.to_dict()

    def logout(self, session: Any) -> None:
        session.data.pop("_user", None)


class AnonymousAuthService(AuthService):
    """Nobody is signed in unless ``login`` put a user in the session."""

    def user_for(self, session: Any) -> Optional[User]:
        if session is None:
            return None
        raw = session.data.get("_user")
        if not raw:
            return None
        extra = {k: v for k, v in raw.items() if k not in ("id", "roles", "permissions")}
        return User(raw["id"], raw.get("roles", ()), raw.get("permissions", ()), **extra)


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


def requires_auth(
    fn: Optional[Callable] = None, *, roles: Iterable[str] = (), permissions: Iterable[str] = ()
):
    """Refuse ``load()`` or an action with 401 (no user) or 403 (missing role/permission)."""
    need_roles = frozenset(roles)
    need_perms = frozenset(permissions)

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            failure = auth_failure(self.request.user, need_roles, need_perms)
            if failure is not None:
                raise HTTPError(failure[2], failure[0])
            return method(self, *args, **kwargs)

        return guarded

    return wrap(fn) if fn is not None else wrap
