"""The WSGI entry of an App: page GETs skip Flask's URL map, everything else goes to Flask.

A page request still runs inside a real Flask request context (``flask.request``, ``g``,
``self.request`` and the session/CSRF cookie behave exactly as through Flask); what it skips
is building a URL adapter, matching Flask's ``/<path:path>`` catch-all and the hook machinery
that SPRAG does not use. The fast path is taken only while nobody registered Flask hooks,
extra routes or request signals on ``app.flask``; otherwise every request goes through Flask.

``_PageContext`` builds a Flask ``RequestContext`` without its URL adapter (about 40 us less
per page than ``flask.request_context``); it sets the attributes ``RequestContext.__init__``
sets, so spragkit caps Flask to the release line it is tested with (``flask<3.2``).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, FrozenSet, Iterable, Optional, Tuple

from flask.ctx import RequestContext
from flask.signals import request_finished, request_started

from .pages import PageResponder
from .sessions import SessionAccess

__all__ = ["make_wsgi", "RESERVED_PREFIXES"]

# Paths that are never pages (served by Flask routes SPRAG and its features register).
RESERVED_PREFIXES = ("/__sprag__", "/static/", "/assets/")


class _PageContext(RequestContext):
    """A request context without a URL adapter: the page router has already matched."""

    def __init__(self, app: Any, environ: Dict[str, Any]) -> None:
        request = app.request_class(environ)
        request.json_module = app.json
        self.app = app
        self.request = request
        self.url_adapter = None
        self.flashes = None
        self._session = None
        self._after_request_functions = []
        self._cv_tokens = []


def _send_html(sessions: SessionAccess, ctx: Any, html: str, environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
    """A 200 page without building a werkzeug Response: the same headers Flask would send."""
    body = html.encode("utf-8")
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(len(body))),
        ("Cache-Control", "no-cache"),
    ]
    for cookie in sessions.cookie_headers(ctx.request):
        headers.append(("Set-Cookie", cookie))
    start_response("200 OK", headers)
    return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]


def _flask_is_plain(flask: Any, own: FrozenSet[str]) -> bool:
    """True when ``flask`` has only SPRAG's own routes (``own`` endpoints) and no hooks."""
    hooks = (
        flask.before_request_funcs, flask.after_request_funcs, flask.teardown_request_funcs,
        flask.url_value_preprocessors, flask.url_default_functions,
    )
    if any(funcs for registry in hooks for funcs in registry.values()):
        return False
    if flask.blueprints:
        return False
    return all(rule.endpoint in own for rule in flask.url_map.iter_rules())


def make_wsgi(
    flask: Any,
    pages: PageResponder,
    sessions: SessionAccess,
    ensure_started: Callable[[], None],
    own_endpoints: Callable[[], FrozenSet[str]],
    flask_wsgi: Callable[..., Iterable[bytes]],
    socket_prefix: Optional[str],
    socket_wsgi: Optional[Callable[..., Iterable[bytes]]],
    non_page_prefixes: Callable[[], Iterable[str]] = tuple,
) -> Callable[..., Iterable[bytes]]:
    """The WSGI callable installed as ``flask.wsgi_app``: Socket.IO paths to ``socket_wsgi``,
    page GETs to ``pages.answer`` (while Flask is plain), the rest to ``flask_wsgi``.
    ``non_page_prefixes()`` (read at the first request): more paths that are never pages
    (features' resource routes)."""
    fixed: Tuple[str, ...] = RESERVED_PREFIXES + ((socket_prefix,) if socket_prefix else ())
    state: Dict[str, Any] = {"plain": None, "reserved": fixed}

    def serve_page(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        ctx = _PageContext(flask, environ)
        error: Optional[BaseException] = None
        try:
            ctx.push()
            try:
                answer = pages.answer(ctx.request.path[1:])
                if isinstance(answer, str):
                    return _send_html(sessions, ctx, answer, environ, start_response)
                sessions.write_cookie(answer)
                response = answer
            except Exception as exc:  # what Flask would do with an unexpected error
                error = exc
                response = flask.handle_exception(exc)
            return response(environ, start_response)
        finally:
            ctx.pop(error)

    def wsgi(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        ensure_started()
        path = environ.get("PATH_INFO", "")
        if socket_wsgi is not None and socket_prefix and path.startswith(socket_prefix):
            return socket_wsgi(environ, start_response)
        method = environ.get("REQUEST_METHOD")
        if (method == "GET" or method == "HEAD") and not path.startswith(state["reserved"]):
            plain = state["plain"]
            if plain is None:
                plain = state["plain"] = _flask_is_plain(flask, own_endpoints())
                state["reserved"] = fixed + tuple(non_page_prefixes())
                flask._got_first_request = True  # private-ok: Flask < 3.2 (capped); setup methods refuse from now on, as in Flask
                if path.startswith(state["reserved"]):
                    return flask_wsgi(environ, start_response)
            if plain and not request_started.receivers and not request_finished.receivers:
                return serve_page(environ, start_response)
        return flask_wsgi(environ, start_response)

    return wsgi
