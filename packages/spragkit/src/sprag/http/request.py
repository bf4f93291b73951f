"""``self.request`` inside a controller: the current request, per greenlet.

The controller is one long-lived instance per surface, so the request it sees is looked up
from Flask's request context rather than stored on the instance.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional

__all__ = ["SpragRequest", "current_request", "PendingSessionData", "CLIENT_HEADER"]

#: The header a page with a socket adds to its action calls: its socket client id.
CLIENT_HEADER = "X-Sprag-Client"


class PendingSessionData(MutableMapping):
    """``self.request.session`` of a visitor who has no server session yet.

    Reading it costs nothing (it is empty); the first write creates the session through
    ``create()`` (its cookie goes on the response) and every access then uses its data.
    """

    def __init__(self, create: Callable[[], Any]) -> None:
        self._create = create
        self._session: Any = None

    def create_now(self) -> Any:
        """The session, created on the first call."""
        if self._session is None:
            self._session = self._create()
        return self._session

    def _target(self, writing: bool) -> Dict[str, Any]:
        if self._session is None and not writing:
            return {}
        return self.create_now().data

    def __getitem__(self, key: str) -> Any:
        return self._target(False)[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._target(True)[key] = value

    def __delitem__(self, key: str) -> None:
        del self._target(False)[key]

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._target(False)))

    def __len__(self) -> int:
        return len(self._target(False))

    def __repr__(self) -> str:
        return f"PendingSessionData({dict(self._target(False))!r})"


class SpragRequest:
    """What a controller may read about the request it is serving.

    ``path``, ``params``, ``query``, ``headers``, ``cookies``, ``session_id``, ``method``,
    ``user``, ``session`` (the session's data), ``files`` (uploads by field name) and
    ``client_id`` (the browser tab's socket client id, when its page has a socket).
    Query, headers and cookies are read from the underlying request only when asked for.
    """

    def __init__(
        self,
        path: str,
        params: Dict[str, Any],
        session_id: Optional[str] = None,
        *,
        method: str = "GET",
        user: Any = None,
        session: Optional[Dict[str, Any]] = None,
        files: Optional[Dict[str, List[Any]]] = None,
        source: Any = None,
        query: Optional[Dict[str, str]] = None,
        headers: Optional[Mapping[str, str]] = None,
        cookies: Optional[Mapping[str, str]] = None,
        client_id: Optional[str] = None,
    ) -> None:
        self.path = path
        self.params = params
        self.session_id = session_id
        self.method = method
        self._user = user
        self.session = session if session is not None else {}
        self.files = files if files is not None else {}
        self._source = source
        self._query = query
        self._headers = headers
        self._cookies = cookies
        self._client_id = client_id

    @property
    def user(self) -> Any:
        """The signed-in user (None when anonymous); resolved on first use."""
        if callable(self._user):
            self._user = self._user()
        return self._user

    @user.setter
    def user(self, value: Any) -> None:
        self._user = value

    @property
    def query(self) -> Dict[str, str]:
        if self._query is None:
            self._query = self._source.args.to_dict() if self._source is not None else {}
        return self._query

    @property
    def headers(self) -> Mapping[str, str]:
        if self._headers is None:
            self._headers = self._source.headers if self._source is not None else {}
        return self._headers

    @property
    def cookies(self) -> Mapping[str, str]:
        if self._cookies is None:
            self._cookies = self._source.cookies if self._source is not None else {}
        return self._cookies

    @property
    def client_id(self) -> Optional[str]:
        """This tab's socket client id (``emit_socket(..., client_id=...)`` reaches only it);
        actions get it from the ``X-Sprag-Client`` header the page's socket glue sends."""
        if self._client_id is None and self._source is not None:
            sent = self._source.headers.get(CLIENT_HEADER)
            self._client_id = sent if sent and len(sent) <= 64 else None
        return self._client_id

    def ensure_session(self) -> str:
        """The session id, creating the visitor's session now if there is none (its cookie
        goes on the response). Pages and actions create none until something is stored."""
        if self.session_id is None:
            if not isinstance(self.session, PendingSessionData):
                raise RuntimeError("this request cannot create a session")
            self.session_id = self.session.create_now().id
        return self.session_id

    def file(self, name: str) -> Any:
        """The first uploaded file under ``name``, or None."""
        items = self.files.get(name) or []
        return items[0] if items else None

    def files_list(self, name: str) -> List[Any]:
        """Every uploaded file under ``name`` (possibly empty)."""
        return list(self.files.get(name) or [])

    def __repr__(self) -> str:
        return f"SpragRequest({self.method} {self.path!r}, params={self.params!r})"


def current_request() -> Optional[SpragRequest]:
    """The :class:`SpragRequest` of the request being handled, or None outside one."""
    try:
        from flask import g, has_request_context
    except ImportError:  # pragma: no cover - flask is a dependency
        return None
    if not has_request_context():
        return None
    return g.get("sprag_request")
