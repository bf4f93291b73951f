"""``redirect(location, status=, replace=)``: return (or raise) it from load() or an action."""

from __future__ import annotations

from typing import Any, Dict

__all__ = ["Redirect", "redirect"]

_STATUSES = (301, 302, 303, 307, 308)


class Redirect(Exception):
    """A redirect. From ``load()`` it becomes an HTTP redirect; from an action the JSON
    envelope carries it and the browser runtime navigates (``replace=True`` replaces the
    current history entry)."""

    def __init__(self, location: str, status: int = 302, replace: bool = False) -> None:
        if not isinstance(location, str) or not location:
            raise ValueError(f"redirect location must be a non-empty string, got {location!r}")
        if "\n" in location or "\r" in location:
            raise ValueError("redirect location must not contain line breaks")
        if status not in _STATUSES:
            raise ValueError(f"redirect status must be one of {_STATUSES}, got {status!r}")
        super().__init__(location)
        self.location = location
        self.status = status
        self.replace = bool(replace)

    def to_dict(self) -> Dict[str, Any]:
        return {"location": self.location, "status": self.status, "replace": self.replace}

    def __repr__(self) -> str:
        return f"redirect({self.location!r}, status={self.status}, replace={self.replace})"


def redirect(location: str, status: int = 302, replace: bool = False) -> Redirect:
    """Build a :class:`Redirect` to return or raise from ``load()`` or an action."""
    return Redirect(location, status=status, replace=replace)
