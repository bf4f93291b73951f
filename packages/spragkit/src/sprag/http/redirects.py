"""``redirect(location, status=, replace=, external=)``: return (or raise) it from load() or
an action.

Open redirects are refused the way Rails 7 does: a target on another site (``https://evil.
example``, scheme-relative ``//evil.example``, ``/\\evil.example``, ``javascript:...``) is
replaced by ``/`` and the refusal is logged, unless ``external=True`` says the app means it.
So ``redirect(self.request.query.get("next", "/"))`` is safe.
"""

from __future__ import annotations

import logging
from typing import Any, Dict
from urllib.parse import urlsplit

__all__ = ["Redirect", "redirect", "is_local_url"]

log = logging.getLogger("sprag.redirects")

_STATUSES = (301, 302, 303, 307, 308)


def _request_host() -> str:
    try:
        from flask import has_request_context, request
    except ImportError:  # pragma: no cover - flask is a dependency
        return ""
    return request.host if has_request_context() else ""


def is_local_url(location: str) -> bool:
    """Whether a browser sent to ``location`` stays on this site (a path, or an http(s) URL
    of the current request's host)."""
    # browsers drop leading blanks/control characters and read "\\" as "/"
    text = location.lstrip("".join(chr(c) for c in range(33))).replace("\\", "/")
    if any(ord(c) < 32 for c in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    if not parts.scheme and not parts.netloc:
        return not text.startswith("//")
    host = _request_host()
    return bool(host) and parts.scheme in ("http", "https") and parts.netloc == host


class Redirect(Exception):
    """A redirect. From ``load()`` it becomes an HTTP redirect; from an action the JSON
    envelope carries it and the browser runtime navigates (``replace=True`` replaces the
    current history entry)."""

    def __init__(self, location: str, status: int = 302, replace: bool = False, external: bool = False) -> None:
        if not isinstance(location, str) or not location:
            raise ValueError(f"redirect location must be a non-empty string, got {location!r}")
        if "\n" in location or "\r" in location:
            raise ValueError("redirect location must not contain line breaks")
        if status not in _STATUSES:
            raise ValueError(f"redirect status must be one of {_STATUSES}, got {status!r}")
        if not external and not is_local_url(location):
            log.warning("refused an off-site redirect to %r and sent the browser to / instead "
                        "(redirect(url, external=True) allows another site)", location)
            location = "/"
        super().__init__(location)
        self.location = location
        self.status = status
        self.replace = bool(replace)

    def to_dict(self) -> Dict[str, Any]:
        return {"location": self.location, "status": self.status, "replace": self.replace}

    def __repr__(self) -> str:
        return f"redirect({self.location!r}, status={self.status}, replace={self.replace})"


def redirect(location: str, status: int = 302, replace: bool = False, external: bool = False) -> Redirect:
    """Build a :class:`Redirect` to return or raise from ``load()`` or an action; a target
    on another site becomes ``/`` unless ``external=True``."""
    return Redirect(location, status=status, replace=replace, external=external)
