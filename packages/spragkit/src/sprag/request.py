"""``self.request`` inside a controller: the current request, per greenlet.

The controller is one long-lived instance per surface, so the request it sees is looked up
from Flask's request context rather than stored on the instance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

__all__ = ["SpragRequest", "current_request"]


@dataclass
class SpragRequest:
    """What a controller may read about the request it is serving."""

    path: str
    params: Dict[str, Any]
    query: Dict[str, str]
    headers: Mapping[str, str]
    cookies: Mapping[str, str]
    session_id: Optional[str]
    method: str = "GET"
    user: Any = None
    session: Dict[str, Any] = field(default_factory=dict)
    files: Dict[str, List[Any]] = field(default_factory=dict)

    def file(self, name: str) -> Any:
        """The first uploaded file under ``name``, or None."""
        items = self.files.get(name) or []
        return items[0] if items else None

    def files_list(self, name: str) -> List[Any]:
        """Every uploaded file under ``name`` (possibly empty)."""
        return list(self.files.get(name) or [])


def current_request() -> Optional[SpragRequest]:
    """The :class:`SpragRequest` of the request being handled, or None outside one."""
    try:
        from flask import g, has_request_context
    except ImportError:  # pragma: no cover - flask is a dependency
        return None
    if not has_request_context():
        return None
    return g.get("sprag_request")
