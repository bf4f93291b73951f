"""``App``: the composition root. Builds the Flask app, the Socket.IO server and the
specter service manager; discovers surfaces; owns one controller per surface."""

from __future__ import annotations

import logging
import os
import threading
import traceback
from html import escape
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from flask import Flask, Response, g, request
from flask import redirect as flask_redirect
from werkzeug.wrappers import Response as BaseResponse

from specter import HTTPError
from specter.boot import boot

from .discovery import discover_all
from .environment import public_env
from .http.actions import ACTION_PATH, handle_action
from .http.auth import AnonymousAuthService, AuthService
from .http.redirects import Redirect
from .http.request import SpragRequest
from .http.routing import Router
from .http.sessions import InMemorySessionStore, Session, SessionPolicy, SessionStore
from .render.renderer import SurfaceRenderer
from .surfaces import Shell, Surface
from .toolchain.dialect import BuildError

__all__ = ["App"]

log = logging.getLogger("sprag")

_SERVER_MODES = ("auto", "wsgi", "websocket")

#: A page declared at this path is the app's not-found page (and 404.html of a static export).
NOT_FOUND_PATH = "/404"


_UNSET = object()


def _cookie(header: str, name: str) -> Optional[str]:
    """One cookie's value from a Cookie header (cheaper than parsing every cookie)."""
    if name not in header:
        return None
    for part in header.split(";"):
        key, sep, value = part.strip().partition("=")
        if sep and key == name:
            value = value.strip()
            if len(value) > 1 and value[0] == value[-1] == '"':
                value = value[1:-1]
            return value or None
    return None


class _Sessions:
    """Reads and creates the session behind the session cookie of the current request."""

    def __init__(self, store: SessionStore, policy: SessionPolicy) -> None:
        self.store = store
        self.policy = policy

    def load(self) -> Optional[Session]:
        cached = g.get("sprag_session", _UNSET)
        if cached is not _UNSET:
            return cached
        sid = _cookie(request.environ.get("HTTP_COOKIE", ""), self.policy.cookie_name)
        session = self.store.load(sid, self.policy) if sid else None
        g.sprag_session = session
        return session

    def ensure(self) -> Session:
        session = self.load()
        if session is None:
            session = self.store.create()
            g.sprag_session = session
            g.sprag_new_session = True
        return session

    def cookie_header(self, req: Any) -> Optional[str]:
        """The ``Set-Cookie`` value for a session created by this request (else None)."""
        if not g.get("sprag_new_session"):
            return None
        from werkzeug.http import dump_cookie

        secure = self.policy.cookie_secure
        if secure is None:
            secure = req.is_secure
        return dump_cookie(
            self.policy.cookie_name,
            g.sprag_session.id,
            httponly=True,
            secure=secure,
            samesite=self.policy.cookie_samesite,
            path="/",
        )

    def write_cookie(self, response: Response) -> None:
        header = self.cookie_header(request)
        if header is not None:
            response.headers.add("Set-Cookie", header)


def _action_method_not_allowed() -> Response:
    from .http.actions import envelope

    response = envelope(405, False, error="Actions are called with POST {\"route\", \"action\", \"payload\"}")
    response.headers["Allow"] = "POST"
    return response


class App:
    """A SPRAG application.

    ``App(routes="app.routes", shell=shell(template="app/shell.html", css=["app/shell.css"]))``
    """

    def __init__(
        self,
        routes: Optional[str] = "app.routes",
        shell: Optional[Shell] = None,
        *,
        mounts: Optional[str] = "app.mounts",
        providers: Optional[Mapping[str, Any]] = None,
        session_store: Optional[SessionStore] = None,
        auth_service: Optional[AuthService] = None,
        session_policy: Optional[SessionPolicy] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        server_mode: str = "auto",
        message_queue: Optional[str] = None,
        project_dir: Union[str, Path, None] = None,
        mode: Optional[str] = None,
        static_dir: str = "app/static",
        assets: Sequence[str] = (),
        action_body_limit: int = 1024 * 1024,
        trusted_origins: Sequence[str] = (),
        surfaces: Optional[List[Surface]] = None,
        build_dir: Union[str, Path, None] = None,
    ) -> None:
        from .render.shells import default_shell

        if server_mode not in _SERVER_MODES:
            raise ValueError(f"App(server_mode={server_mode!r}) must be one of {_SERVER_MODES}")
        # load_app() sets these before importing a project's own App(...)
        mode = mode or os.environ.get("SPRAG_MODE", "dev")
        project_dir = project_dir or os.environ.get("SPRAG_PROJECT_DIR") or Path.cwd()
        if mode not in ("dev", "production"):
            raise ValueError(f"App(mode={mode!r}) must be 'dev' or 'production'")
        if not isinstance(action_body_limit, int) or action_body_limit <= 0:
            raise ValueError("App(action_body_limit=...) must be a positive number of bytes")
        self.project_dir = Path(project_dir).resolve()
        self.mode = mode
        self.dev = mode == "dev"
        self.routes = routes
        self.mounts = mounts
        self.shell = shell or default_shell(self.project_dir)
        self.providers = dict(providers or {})
        self.session_store = session_store or InMemorySessionStore()
        self.auth_service = auth_service or AnonymousAuthService()
        self.session_policy = session_policy or SessionPolicy()
        self.metadata = dict(metadata or {})
        self.server_mode = server_mode
        self.message_queue = message_queue
        self.action_body_limit = action_body_limit
        self.trusted_origins = tuple(trusted_origins)
        self.static_dir = static_dir
        self.declared_assets = tuple(assets)
        self.build_dir = Path(build_dir) if build_dir else None
        self.sessions = _Sessions(self.session_store, self.session_policy)
        #: True while ``sprag build static`` renders pages: no CSRF token, actions disabled.
        self.static_export = False
        # Read once: the browser sees the public environment as it was at startup.
        self.public_env = public_env()

        self.surfaces: List[Surface] = list(surfaces) if surfaces is not None else discover_all(routes, mounts)
        self.router: Router = Router()
        self._by_route: Dict[str, Surface] = {}
        for surface in self.surfaces:
            self.router.add(surface.pattern, surface, surface.source)
            self._by_route[surface.path] = surface
            if surface.name:
                self._by_route.setdefault(surface.name, surface)
        self._controllers: Dict[int, Any] = {}
        self._started = False
        self._reported: set = set()
        self._lock = threading.Lock()
        self.manager: Any = None

        from .toolchain.compile import use_disk_cache

        use_disk_cache(self.project_dir / ".sprag" / "cache")
        self.prebuilt: Any = None
        if not self.dev:
            from .toolchain.prebuilt import find_build

            self.prebuilt = find_build(self, self.build_dir)
        self.flask = Flask("sprag_app", static_folder=None, root_path=str(self.project_dir))
        self.flask.config["SPRAG_APP"] = self
        self.socketio = self._make_socketio()
        self._make_assets()
        self.renderer = SurfaceRenderer(self)
        for surface in self.surfaces:
            self.renderer.check_shell(self.renderer.shell_for(surface))
            self._controllers[id(surface)] = surface.controller()
        self._wire_flask()
        from .jobs.install import install_jobs

        self.jobs = install_jobs(self)
        # Routes and events are bound now (Flask refuses setup after the first request);
        # the controllers start on the first request or in serve(). Controllers are not put
        # in the process registry: several surfaces may share one controller class.
        # Providers with start()/stop() are services: started before the controllers,
        # stopped after them (a QueueService drains per its contract).
        services = [p for p in self.providers.values()
                    if callable(getattr(p, "start", None)) and callable(getattr(p, "stop", None))]
        self.manager = boot(
            self.flask, self.socketio, services=services,
            controllers=list(self._controllers.values()), start=False, provide=False,
        )
        self._unprovide: List[Any] = []

    # -- construction -------------------------------------------------------------------------

    def _make_socketio(self) -> Any:
        from flask_socketio import SocketIO

        socketio = SocketIO(
            self.flask,
            async_mode="gevent",
            message_queue=self.message_queue,
            cors_allowed_origins=list(self.trusted_origins) or None,
        )
        # Flask-SocketIO wraps every request (it copies the WSGI environ); only Socket.IO
        # paths need that. Page GETs take SPRAG's fast path (fastpath.py); the rest is Flask.
        from .http.fastpath import make_wsgi

        middleware = self.flask.wsgi_app
        plain = getattr(middleware, "wsgi_app", None)
        prefix = getattr(middleware, "engineio_path", None)
        if plain is not None and isinstance(prefix, str):
            self.flask.wsgi_app = make_wsgi(self, plain, prefix, middleware)
        else:
            self.flask.wsgi_app = make_wsgi(self, middleware, None, None)
        return socketio

    def _make_assets(self) -> None:
        from .assets.registry import AssetRegistry
        from .toolchain.compile import BrowserAssets

        self.assets = AssetRegistry(self)
        self.browser = BrowserAssets(self)

    def _wire_flask(self) -> None:
        flask = self.flask
        flask.add_url_rule(ACTION_PATH, "sprag_action", lambda: handle_action(self), methods=["POST"])
        flask.add_url_rule(ACTION_PATH, "sprag_action_method", _action_method_not_allowed,
                           methods=["GET", "PUT", "PATCH", "DELETE"])
        self.assets.register_routes(flask)
        self.browser.register_routes(flask)
        flask.add_url_rule("/", "sprag_page", self._page_view, defaults={"path": ""}, methods=["GET", "HEAD"])
        flask.add_url_rule("/<path:path>", "sprag_page", self._page_view, methods=["GET", "HEAD"])

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> App:
        """Start every controller (idempotent). Called by serve() or on the first request
        (the WSGI entry checks one flag; there is no per-request Flask hook)."""
        with self._lock:
            if not self._started:
                from specter import registry

                # providers are in the registry under their key before anything starts
                self._unprovide = [registry.provide(key, value, owner=self, replace=True)
                                   for key, value in self.providers.items()]
                self.manager.start()
                self._started = True
        return self

    def stop(self) -> None:
        """Stop what start() started, in reverse order (idempotent)."""
        with self._lock:
            if self._started:
                self.manager.shutdown()
                self.jobs.close()
                for remove in self._unprovide:
                    remove()
                self._unprovide = []
                self._started = False

    # -- lookups used by the rest of the framework ---------------------------------------------

    def surface_by_route(self, route: str) -> Optional[Surface]:
        """The surface whose path pattern (or name) is ``route``."""
        return self._by_route.get(route)

    def controller_for(self, surface: Surface) -> Any:
        return self._controllers[id(surface)]

    def current_path(self) -> str:
        return request.path

    def stores_payload(self) -> Dict[str, Any]:
        from .stores import stores_snapshot

        return stores_snapshot()

    def bind_request(self, surface: Surface, params: Dict[str, Any], session: Optional[Session], path: str) -> SpragRequest:
        """Make ``self.request`` of the surface's controller describe the current request."""
        auth = self.auth_service
        user = (lambda: auth.user_for(session)) if session is not None else None
        req = SpragRequest(
            path,
            params,
            session.id if session is not None else None,
            method=request.method,
            user=user,
            session=session.data if session is not None else None,
            source=request,
        )
        g.sprag_request = req
        return req

    # -- request handling --------------------------------------------------------------------

    def _error_page(self, status: int, message: str, detail: str = "") -> Response:
        """The error inside the app shell; a bare page if the shell itself fails."""
        try:
            body = self.renderer.render_error(status, message, detail)
        except Exception:
            log.exception("the shell failed while rendering a %s page", status)
            body = self._bare_error(status, message, detail)
        return Response(body, status=status, mimetype="text/html")

    @staticmethod
    def _bare_error(status: int, message: str, detail: str = "") -> str:
        return (
            f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{status}</title></head>"
            f"<body><h1>{status}</h1><p>{escape(message)}</p>"
            + (f"<pre>{escape(detail)}</pre>" if detail else "")
            + "</body></html>"
        )

    def _page_view(self, path: str) -> Response:
        response = self._answer_page(path)
        if isinstance(response, str):
            response = Response(response, mimetype="text/html")
            response.headers["Cache-Control"] = "no-cache"
        self.sessions.write_cookie(response)
        return response

    def _answer_page(self, path: str) -> Union[Response, str]:
        """The page's HTML (a str: 200, ``text/html``, ``no-cache``) or a finished Response."""
        if path.endswith("/") and path.strip("/"):
            # strict slashes, as Flask does for its own rules: /about/ -> 308 /about
            bare = "/" + path.rstrip("/")
            if self.router.match(bare) is not None:
                query = request.query_string.decode("latin-1")
                return flask_redirect(bare + ("?" + query if query else ""), code=308)
            return self._not_found(path)
        match = self.router.match("/" + path)
        if match is None:
            return self._not_found(path)
        return self._answer_surface(match.target, match.params)

    def _not_found(self, path: str, message: str = "") -> Response:
        """The app's ``/404`` page with status 404 when it declares one, else the error page."""
        match = self.router.match(NOT_FOUND_PATH)
        if match is not None and match.target.pattern.is_static:
            answer = self._answer_surface(match.target, {})
            if isinstance(answer, str):
                return Response(answer, status=404, mimetype="text/html")
        return self._error_page(404, message or f"No page at /{path}")

    def _answer_surface(self, surface: Surface, params: Dict[str, Any]) -> Union[Response, str]:
        session = self.sessions.ensure() if surface.interactive else self.sessions.load()
        self.bind_request(surface, params, session, request.path)
        controller = self.controller_for(surface)
        try:
            data = controller.load()
            if isinstance(data, Redirect):
                raise data
            if isinstance(data, BaseResponse):  # a feed, a sitemap, a file: sent as it is
                return data
            html = self.renderer.render(surface, data, session, params)
        except Redirect as exc:
            return flask_redirect(exc.location, code=exc.status)
        except HTTPError as exc:
            if exc.status == 404 and surface.path != NOT_FOUND_PATH:
                return self._not_found(request.path.lstrip("/"), exc.message)
            return self._error_page(exc.status, exc.message)
        except BuildError as exc:  # this surface's browser code does not build
            if surface.path not in self._reported:  # the diagnostic once, not per request
                self._reported.add(surface.path)
                log.error("browser code of %s does not build:\n%s", surface.path, exc)
            detail = str(exc) if self.dev else ""
            return self._error_page(500, "The browser code of this page does not build", detail)
        except Exception:
            log.exception("rendering %s failed", surface.path)
            detail = traceback.format_exc() if self.dev else ""
            return self._error_page(500, "The page failed to render", detail)
        return html

    # -- serving -----------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 8000, workers: Optional[int] = None) -> None:
        """Serve with gevent (keep-alive, TCP_NODELAY) until interrupted."""
        from .http.server import serve

        serve(self, host, port, workers=workers)

    def describe(self) -> List[Dict[str, Any]]:
        """Every surface with its actions and schemas (what ``sprag routes`` prints)."""
        return [s.describe() for s in self.surfaces]

    def __repr__(self) -> str:
        return f"App({self.project_dir}, {len(self.surfaces)} surfaces, mode={self.mode!r})"

