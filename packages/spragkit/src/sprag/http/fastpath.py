"""The WSGI entry of an App: page GETs skip Flask's URL map, everything else goes to Flask.

A page request still runs inside a real Flask request context (``flask.request``, ``g``,
``self.request`` and the session/CSRF cookie behave exactly as through Flask); what it skips
is building a URL adapter, matching Flask's ``/<path:path>`` catch-all and the hook machinery
that SPRAG does not use. The fast path is taken only while nobody registered Flask hooks,
extra routes or request signals on ``app.flask``; otherwise every request goes through Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Optional, Tuple

from flask.ctx import RequestContext
from flask.signals import request_finished, request_started

if TYPE_CHECKING:  # pragma: no cover
    from ..app import App

__all__ = ["make_wsgi"]

# Paths that are never pages (served by Flask routes SPRAG registers itself).
_RESERVED = ("/__sprag__", "/static/", "/assets/")
# The rules SPRAG adds: actions (2), static, assets, js, page "/" and "/<path:path>".
_OWN_ENDPOINTS = {"sprag_action", "sprag_action_method", "sprag_static", "sprag_assets", "sprag_js", "sprag_page"}


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


def _send_html(app: App, ctx: Any, html: str, environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
    """A 200 page without building a werkzeug Response: the same headers Flask would send."""
    body = html.encode("utf-8")
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(len(body))),
        ("Cache-Control", "no-cache"),
    ]
    cookie = app.sessions.cookie_header(ctx.request)
    if cookie is not None:
        headers.append(("Set-Cookie", cookie))
    start_response("200 OK", headers)
    return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]


def _flask_is_plain(flask: Any) -> bool:
    """True when ``flask`` has only SPRAG's own routes and no request hooks."""
    hooks = (
        flask.before_request_funcs, flask.after_request_funcs, flask.teardown_request_funcs,
        flask.url_value_preprocessors, flask.url_default_functions,
    )
    if any(funcs for registry in hooks for funcs in registry.values()):
        return False
    if flask.blueprints:
        return False
    return all(rule.endpoint in _OWN_ENDPOINTS for rule in flask.url_map.iter_rules())


def make_wsgi(app: App, flask_wsgi: Callable[..., Iterable[bytes]], socket_prefix: Optional[str],
              socket_wsgi: Optional[Callable[..., Iterable[bytes]]]) -> Callable[..., Iterable[bytes]]:
    """The WSGI callable installed as ``app.flask.wsgi_app``."""
    flask = app.flask
    reserved: Tuple[str, ...] = _RESERVED + ((socket_prefix,) if socket_prefix else ())
    state = {"plain": None}

    def serve_page(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        ctx = _PageContext(flask, environ)
        error: Optional[BaseException] = None
        try:
            ctx.push()
            try:
                answer = app._answer_page(ctx.request.path[1:])
                if isinstance(answer, str):
                    return _send_html(app, ctx, answer, environ, start_response)
                app.sessions.write_cookie(answer)
                response = answer
            except Exception as exc:  # what Flask would do with an unexpected error
                error = exc
                response = flask.handle_exception(exc)
            return response(environ, start_response)
        finally:
            ctx.pop(error)

    def wsgi(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        if not app._started:
            app.start()
        path = environ.get("PATH_INFO", "")
        if socket_wsgi is not None and socket_prefix and path.startswith(socket_prefix):
            return socket_wsgi(environ, start_response)
        method = environ.get("REQUEST_METHOD")
        if (method == "GET" or method == "HEAD") and not path.startswith(reserved):
            plain = state["plain"]
            if plain is None:
                plain = state["plain"] = _flask_is_plain(flask)
                flask._got_first_request = True  # setup methods refuse from now on, as in Flask
            if plain and not request_started.receivers and not request_finished.receivers:
                return serve_page(environ, start_response)
        return flask_wsgi(environ, start_response)

    return wsgi
