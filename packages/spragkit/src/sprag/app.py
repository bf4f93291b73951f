"""``App``: the composition root. It only wires: the options go into a frozen
:class:`~sprag.config.AppConfig`, the collaborators (router, sessions, request guard, assets,
browser toolchain, renderer, pages, actions, Flask, Socket.IO, specter's service manager)
are built here and handed what they need; features install themselves with
:meth:`App.install`."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .backends import Backends, UrlSocketQueue
from .backends.sessions import Session, SessionPolicy, SessionStore
from .config import AppConfig
from .discovery import discover_all
from .environment import public_env
from .features import Feature, FeatureHost, PageData
from .http.actions import ACTION_PATH, ActionEndpoint, action_rule, method_not_allowed
from .http.auth import AnonymousAuthService, AuthService
from .http.csrf import CsrfTokens, signing_key
from .http.guard import RequestGuard
from .http.headers import SecurityHeaders, with_headers
from .http.pages import PageResponder
from .http.proxies import behind_proxies
from .http.request import PendingSessionData, SpragRequest
from .http.routing import Router
from .http.sessions import SessionAccess
from .surfaces import Shell, Surface
from .toolchain.errors import BuildError

if TYPE_CHECKING:  # Flask and specter's boot load when the web side is wired (not in `sprag build`)
    from flask import Flask, Response

__all__ = ["App"]

log = logging.getLogger("sprag")

# The Flask endpoints the App registers itself (the WSGI fast path stays on while Flask has
# only these, plus routes features add under /__sprag__/).
_OWN_ENDPOINTS = ("sprag_action", "sprag_action_method", "sprag_static", "sprag_assets", "sprag_js", "sprag_page")


_DISCOVER = ("app.routes", "app.mounts")


def _config_from(config: Optional[AppConfig], options: Dict[str, Any]) -> AppConfig:
    """The AppConfig of ``App(...)``: ``config`` as given, or one built from the options that
    were passed (None means the default; for ``routes``/``mounts`` None means none)."""
    routes, mounts = options.pop("routes"), options.pop("mounts")
    given = {k: v for k, v in options.items() if v is not None and v != ()}
    if config is not None:
        if given or (routes, mounts) != _DISCOVER:
            names = sorted(given) + [n for n, v, d in (("routes", routes, _DISCOVER[0]), ("mounts", mounts, _DISCOVER[1])) if v != d]
            raise TypeError(f"App(config=...) takes no other options; got {', '.join(names)}")
        return config
    if not given.get("mode"):
        given.pop("mode", None)  # SPRAG_MODE or dev
    if not given.get("project_dir"):
        given.pop("project_dir", None)  # SPRAG_PROJECT_DIR or the current directory
    return AppConfig(routes=routes, mounts=mounts, **given)


class App:
    """A SPRAG application.

    ``App(routes="app.routes", shell=shell(template="app/shell.html", css=["app/shell.css"]))``

    Options (``routes``, ``mounts``, ``project_dir``, ``mode``, ``redis_url`` ...) are those of
    :class:`~sprag.config.AppConfig`; collaborators are ``shell``, ``providers``,
    ``session_store``, ``auth_service``, ``backends`` and ``surfaces`` (instead of discovery).
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
        server_mode: Optional[str] = None,
        message_queue: Optional[str] = None,
        project_dir: Union[str, Path, None] = None,
        mode: Optional[str] = None,
        static_dir: Optional[str] = None,
        assets: Sequence[str] = (),
        action_body_limit: Optional[int] = None,
        trusted_origins: Sequence[str] = (),
        surfaces: Optional[List[Surface]] = None,
        build_dir: Union[str, Path, None] = None,
        backends: Optional[Backends] = None,
        config: Optional[AppConfig] = None,
        trusted_proxies: Optional[int] = None,
        security_headers: Optional[SecurityHeaders] = None,
        login_throttle: Optional[Any] = None,
        upload_limits: Optional[Any] = None,
        redis_url: Optional[str] = None,
        redis_prefix: Optional[str] = None,
    ) -> None:
        from .render.renderer import SurfaceRenderer
        from .render.shells import default_shell

        self.config: AppConfig = _config_from(config, {
            "routes": routes, "mounts": mounts, "session_policy": session_policy,
            "metadata": metadata, "server_mode": server_mode, "message_queue": message_queue,
            "project_dir": project_dir, "mode": mode, "static_dir": static_dir,
            "assets": tuple(assets), "action_body_limit": action_body_limit,
            "trusted_origins": tuple(trusted_origins), "build_dir": build_dir,
            "trusted_proxies": trusted_proxies, "security_headers": security_headers,
            "login_throttle": login_throttle, "upload_limits": upload_limits,
            "redis_url": redis_url, "redis_prefix": redis_prefix,
        })
        cfg = self.config
        if backends is None and cfg.redis_url:
            from .backends.redis import redis_backends

            # pings now: an unreachable Redis stops the App here, naming the URL
            backends = redis_backends(cfg.redis_url, cfg.redis_prefix, sessions=session_store)
            if getattr(backends.sessions, "policy", False) is None:
                backends.sessions.policy = cfg.session_policy  # type: ignore[attr-defined]
        elif backends is None:
            queue = UrlSocketQueue(cfg.message_queue) if cfg.message_queue else None
            # `is not None`: an empty session store has len() 0 and must not be dropped
            backends = Backends(**{k: v for k, v in {"sessions": session_store, "socket_queue": queue}.items()
                                   if v is not None})
        elif session_store is not None:
            raise TypeError("App(session_store=...) and App(backends=...): give the store as Backends(sessions=...)")
        self.backends = backends
        self.shell = shell or default_shell(cfg.project_dir)
        self.providers = dict(providers or {})
        self.auth_service = auth_service or AnonymousAuthService()
        # Signed CSRF tokens: a page needs no server session (http/csrf.py).
        csrf = CsrfTokens(lambda: signing_key(cfg.project_dir, cfg.dev),
                          cookie_secure=cfg.session_policy.cookie_secure,
                          samesite=cfg.session_policy.cookie_samesite)
        self.sessions = SessionAccess(backends.sessions, cfg.session_policy, csrf)
        self.guard = RequestGuard(self.sessions, self.auth_service, cfg.trusted_origins)
        # Read once: the browser sees the public environment as it was at startup.
        self.public_env = public_env()
        self.features: Dict[str, Any] = {}
        self._runtime_files: Dict[str, Path] = {}
        self._page_data: Dict[str, PageData] = {}
        self._endpoints = set(_OWN_ENDPOINTS)
        self._non_page: List[str] = []
        self._drain_hooks: List[Any] = []

        self.surfaces: List[Surface] = (
            list(surfaces) if surfaces is not None else discover_all(cfg.routes, cfg.mounts)
        )
        self.router: Router = Router()
        self._by_route: Dict[str, Surface] = {}
        for surface in self.surfaces:
            self.router.add(surface.pattern, surface, surface.source)
            self._by_route[surface.path] = surface
            if surface.name:
                self._by_route.setdefault(surface.name, surface)
        self._controllers: Dict[int, Any] = {}
        self._started = False
        self._lock = threading.Lock()
        self._wire_lock = threading.Lock()

        self.prebuilt: Any = None
        if not cfg.dev:
            from .toolchain.prebuilt import find_build

            self.prebuilt = find_build(cfg.project_dir, cfg.build_dir)
        self._make_assets()
        self.renderer = SurfaceRenderer(
            project_dir=cfg.project_dir, dev=cfg.dev, shell=self.shell, metadata=cfg.metadata,
            assets=self.assets, browser=self.browser, public_env=self.public_env,
            stores_payload=self.stores_payload, current_path=self.current_path,
            page_data=self._page_data,
            images=self.prebuilt.images() if self.prebuilt is not None else None,
            csrf_token=self.sessions.csrf_token,
        )
        self.pages = PageResponder(
            self.router, self.sessions, self.controller_for, self.bind_request,
            self.renderer.render, self.renderer.render_error, BuildError, dev=cfg.dev,
        )
        self.actions = ActionEndpoint(
            self.guard, action_rule(cfg.action_body_limit), self.surface_by_route,
            self.controller_for, self.bind_request, dev=cfg.dev,
        )
        for surface in self.surfaces:
            self.renderer.check_shell(self.renderer.shell_for(surface))
            self._controllers[id(surface)] = surface.controller()
        # The web side (Flask, Socket.IO, specter's service manager) is wired on first use
        # (serving, a test client, a feature that asks for it), so `sprag build` never pays
        # for it. What features add before that is kept and applied then.
        self._flask: Any = None
        self._socketio: Any = None
        self._manager: Any = None
        self._feature_routes: List[Tuple[str, str, Any, Sequence[str], Dict[str, Any]]] = []
        self._feature_services: List[Any] = []
        self._feature_handlers: List[Any] = []
        self._extensions: Dict[str, Any] = {}
        self._unprovide: List[Any] = []
        from .jobs import JobQueues

        #: The jobs feature: every QueueService provider is a jobs queue under its key.
        self.jobs = JobQueues.from_providers(self.providers)
        self.install(self.jobs)
        from .http.login import AuthFlows
        from .uploads import Uploads

        #: Sign-in flows (Controller.authenticate/login/logout) and the user in page payloads.
        self.auth = AuthFlows(self.sessions, self.auth_service, backends.attempts, cfg.login_throttle)
        self.install(self.auth)
        #: Multipart and resumable uploads (``self.upload_form`` in the browser).
        self.uploads = Uploads(self.actions)
        self.install(self.uploads)
        from .realtime import Realtime

        #: The realtime feature: SSE broadcast, the socket bridge, live stores, resources.
        self.socket_transport = "websocket" if self._sockets_wanted() else "none"
        self.realtime = Realtime(
            sockets_enabled=self.socket_transport == "websocket", match_surface=self._match_surface,
            controller_for=self.controller_for,
        )
        self.install(self.realtime)
        self.jobs.set_emitter(self.realtime.emit_to_session)

    # -- options (read-only views of the config) -------------------------------------------------

    @property
    def project_dir(self) -> Path:
        return self.config.project_dir

    @property
    def mode(self) -> str:
        return self.config.mode

    @property
    def dev(self) -> bool:
        return self.config.dev

    @property
    def metadata(self) -> Mapping[str, Any]:
        return self.config.metadata

    @property
    def session_store(self) -> SessionStore:
        return self.backends.sessions

    @property
    def session_policy(self) -> SessionPolicy:
        return self.config.session_policy

    @property
    def static_export(self) -> bool:
        """True while ``sprag build static`` renders pages: no CSRF token, actions disabled."""
        return self.renderer.static_export

    @static_export.setter
    def static_export(self, value: bool) -> None:
        self.renderer.static_export = bool(value)
        self.browser.static_export = bool(value)

    # -- the web side, wired on first use -------------------------------------------------------

    @property
    def flask(self) -> Flask:
        """The Flask app (the WSGI entry is ``app.flask``)."""
        if self._flask is None:
            self._wire()
        return self._flask

    @property
    def socketio(self) -> Any:
        """The Flask-SocketIO server."""
        if self._flask is None:
            self._wire()
        return self._socketio

    @property
    def manager(self) -> Any:
        """specter's ServiceManager: controllers, providers' and features' services."""
        if self._flask is None:
            self._wire()
        return self._manager

    def _wire(self) -> None:
        with self._wire_lock:
            if self._flask is not None:
                return
            from flask import Flask

            from specter.boot import boot

            flask = Flask("sprag_app", static_folder=None, root_path=str(self.config.project_dir))
            flask.config["SPRAG_APP"] = self
            flask.extensions.update(self._extensions)
            self._socketio = self._make_socketio(flask)
            # outermost: the proxies' view of the request, then the headers every answer carries
            flask.wsgi_app = behind_proxies(
                with_headers(flask.wsgi_app, self.config.security_headers), self.config.trusted_proxies)
            self._wire_flask(flask)
            for rule, endpoint, view, methods, options in self._feature_routes:
                flask.add_url_rule(rule, endpoint, view, methods=list(methods), **options)
            # Routes and events are bound now (Flask refuses setup after the first request);
            # the controllers start on the first request or in serve(). Controllers are not
            # put in the process registry: several surfaces may share one controller class.
            # Providers with start()/stop() are services: started before the controllers,
            # stopped after them (a QueueService drains per its contract).
            services = [p for p in self.providers.values()
                        if callable(getattr(p, "start", None)) and callable(getattr(p, "stop", None))]
            self._manager = boot(
                flask, self._socketio, services=services + self._feature_services,
                controllers=list(self._controllers.values()), handlers=self._feature_handlers,
                start=False, provide=False,
            )
            self._flask = flask

    def _add_route(self, rule: str, endpoint: str, view: Any, methods: Sequence[str],
                   options: Optional[Dict[str, Any]] = None) -> None:
        self._endpoints.add(endpoint)
        if self._flask is None:
            self._feature_routes.append((rule, endpoint, view, tuple(methods), dict(options or {})))
        else:
            self._flask.add_url_rule(rule, endpoint, view, methods=list(methods), **(options or {}))

    def _add_service(self, service: Any) -> Any:
        if not (callable(getattr(service, "start", None)) and callable(getattr(service, "stop", None))):
            raise TypeError(f"services need start() and stop(); got {service!r}")
        if self._flask is None:
            self._feature_services.append(service)
            return service
        return self._manager.add_service(service)

    def _add_handler(self, handler: Any) -> Any:
        if self._flask is None:
            self._feature_handlers.append(handler)
            return handler
        return self._manager.add_handler(handler)

    def _add_extension(self, key: str, value: Any) -> None:
        self._extensions[key] = value
        if self._flask is not None:
            self._flask.extensions[key] = value

    # -- construction -------------------------------------------------------------------------

    def _sockets_wanted(self) -> bool:
        """``server_mode``: "websocket" on, "wsgi" off, "auto" on when a surface uses sockets
        (its controller declares ``build_events``/``authorize_topic`` or its browser code
        calls ``on_socket``/``emit_socket``/``join_topic``/``refetch_on_socket``)."""
        if self.config.server_mode != "auto":
            return self.config.server_mode == "websocket"
        import inspect

        from .realtime.sockets import may_use_sockets, uses_sockets
        from .toolchain.compile import browser_classes

        files: Dict[str, str] = {}
        for surface in self.surfaces:
            sources = []
            for cls in browser_classes(surface) if surface.interactive else ():
                if not may_use_sockets(cls, files):
                    continue  # its whole file names no socket call: skip inspect (slow)
                try:
                    sources.append(inspect.getsource(cls))
                except (OSError, TypeError):  # a packed build ships no source
                    continue
            if uses_sockets([type(self.controller_for(surface))], sources):
                return True
        return False

    def _match_surface(self, path: str) -> Any:
        """``(surface, params)`` of the page at ``path``, or None."""
        match = self.router.match(path)
        return (match.target, match.params) if match is not None else None

    def _make_socketio(self, flask: Flask) -> Any:
        from .http.fastpath import make_wsgi

        if self.static_export and self.socket_transport == "none" and not self._feature_handlers:
            # a static export has no server to keep sockets open: no page uses them, so the
            # Socket.IO stack (Flask-SocketIO, engineio, its websocket drivers) is not loaded
            flask.wsgi_app = make_wsgi(
                flask, self.pages, self.sessions, self.ensure_started, self.own_endpoints,
                flask.wsgi_app, None, None, lambda: tuple(self._non_page),
            )
            return None
        from flask_socketio import SocketIO

        socketio = SocketIO(
            flask,
            async_mode="gevent",
            message_queue=self.backends.socket_queue.url,
            channel=self.backends.socket_queue.channel,
            cors_allowed_origins=list(self.config.trusted_origins) or None,
            # websocket only: no long-polling, so no sticky sessions behind a load balancer
            transports=["websocket"],
            # events over the realtime bridge's 64 KB limit get an error ack; only far bigger
            # frames are cut at the transport
            max_http_buffer_size=1024 * 1024,
        )
        # Flask-SocketIO wraps every request (it copies the WSGI environ); only Socket.IO
        # paths need that. Page GETs take SPRAG's fast path (http/fastpath.py); the rest is Flask.
        middleware = flask.wsgi_app
        plain = getattr(middleware, "wsgi_app", None)
        prefix = getattr(middleware, "engineio_path", None)
        if plain is None or not isinstance(prefix, str):
            plain, prefix, middleware = middleware, None, None
        flask.wsgi_app = make_wsgi(
            flask, self.pages, self.sessions, self.ensure_started, self.own_endpoints,
            plain, prefix, middleware, lambda: tuple(self._non_page),
        )
        return socketio

    def _make_assets(self) -> None:
        from .assets.registry import AssetRegistry
        from .toolchain.cache import CompileCache
        from .toolchain.compile import BrowserAssets

        cfg = self.config
        self.assets = AssetRegistry(
            cfg.project_dir, cfg.static_dir, dev=cfg.dev, declared=cfg.assets, shell=self.shell,
            surfaces=self.surfaces, prebuilt=self.prebuilt,
        )
        self.browser = BrowserAssets(
            self.surfaces, self.assets.url, dev=cfg.dev, prebuilt=self.prebuilt,
            cache=CompileCache(cfg.cache_dir), runtime_files=self._runtime_files,
        )

    def _wire_flask(self, flask: Flask) -> None:
        flask.add_url_rule(ACTION_PATH, "sprag_action", self.actions, methods=["POST"])
        flask.add_url_rule(ACTION_PATH, "sprag_action_method", method_not_allowed,
                           methods=["GET", "PUT", "PATCH", "DELETE"])
        self.assets.register_routes(flask)
        self.browser.register_routes(flask)
        flask.add_url_rule("/", "sprag_page", self.pages.view, defaults={"path": ""}, methods=["GET", "HEAD"])
        flask.add_url_rule("/<path:path>", "sprag_page", self.pages.view, methods=["GET", "HEAD"])

    # -- features ------------------------------------------------------------------------------

    def install(self, feature: Feature) -> App:
        """Install ``feature`` (an object with ``name`` and ``install(host)``); see
        :mod:`sprag.features`. Returns the App, so calls chain."""
        name = getattr(feature, "name", None)
        if not isinstance(name, str) or not name or not callable(getattr(feature, "install", None)):
            raise TypeError(f"App.install() needs a feature with a name and install(host); got {feature!r}")
        if name in self.features:
            raise ValueError(f"a feature named {name!r} is already installed")
        if self._started:
            raise RuntimeError(f"install {name!r} before the App starts serving (Flask refuses routes after that)")
        host = FeatureHost(
            name, config=self.config, backends=self.backends, guard=self.guard,
            sessions=self.sessions, auth=self.auth_service,
            flask=lambda: self.flask, socketio=lambda: self.socketio,
            add_route=self._add_route, add_service=self._add_service,
            add_handler=self._add_handler, add_extension=self._add_extension,
            runtime_files=self._runtime_files, page_data=self._page_data,
            drain_hooks=self._drain_hooks,
            non_page_prefixes=self._non_page,
        )
        feature.install(host)
        self.features[name] = feature
        return self

    def own_endpoints(self) -> frozenset:
        """The Flask endpoints SPRAG and its features registered (the fast path's test)."""
        return frozenset(self._endpoints)

    # -- lifecycle ----------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        """True between start() and stop()."""
        return self._started

    def start(self) -> App:
        """Start every controller and feature service (idempotent). Called by serve() or on
        the first request (the WSGI entry checks one flag; there is no per-request hook)."""
        with self._lock:
            if not self._started:
                from specter import registry

                # providers are in the registry under their key before anything starts
                manager = self.manager  # wires the web side when nothing did yet
                self._unprovide = [registry.provide(key, value, owner=self, replace=True)
                                   for key, value in self.providers.items()]
                manager.start()
                self._started = True
        return self

    def ensure_started(self) -> None:
        """start() unless already started (cheap: one attribute read when started)."""
        if not self._started:
            self.start()

    def stop(self) -> None:
        """Stop what start() started, in reverse order (idempotent)."""
        with self._lock:
            if self._started:
                self._manager.shutdown()
                for remove in self._unprovide:
                    remove()
                self._unprovide = []
                self._started = False

    def check_production(self) -> None:
        """Raise :class:`~sprag.http.csrf.SecretKeyMissing` when production lacks its
        ``SECRET_KEY`` (servers call this before they listen)."""
        if not self.dev:
            self.sessions.csrf.key  # noqa: B018 - reading it validates it

    def add_drain_hook(self, fn: Any) -> None:
        """Call ``fn()`` once when the server starts a graceful shutdown, before it waits for
        requests in flight: close long-lived streams (SSE, sockets) with a reconnect hint so
        browsers come back to another process."""
        if not callable(fn):
            raise TypeError(f"add_drain_hook() needs a callable, got {fn!r}")
        self._drain_hooks.append(fn)

    def begin_drain(self) -> None:
        """Run the drain hooks (the server calls this on SIGTERM/SIGINT); a failing hook is logged."""
        hooks = list(self._drain_hooks)
        self._drain_hooks.clear()  # once: the list is shared with the features' hosts
        for fn in hooks:
            try:
                fn()
            except Exception:
                log.exception("drain hook %r failed", fn)

    def prepare(self) -> None:
        """Production: build the browser code and the asset table now, so a build error
        stops the server at startup instead of failing the first visitor."""
        if not self.dev:
            self.browser.built()
            self.assets.hashed_table()

    # -- lookups used by the rest of the framework ---------------------------------------------

    def surface_by_route(self, route: str) -> Optional[Surface]:
        """The surface whose path pattern (or name) is ``route``."""
        return self._by_route.get(route)

    def controller_for(self, surface: Surface) -> Any:
        return self._controllers[id(surface)]

    def current_path(self) -> str:
        from flask import request

        return request.path

    def stores_payload(self) -> Dict[str, Any]:
        from .stores import stores_snapshot

        return stores_snapshot()

    def bind_request(self, surface: Surface, params: Dict[str, Any], session: Optional[Session], path: str) -> SpragRequest:
        """Make ``self.request`` of the surface's controller describe the current request."""
        from flask import g, request

        auth = self.auth_service
        user = (lambda: auth.user_for(session)) if session is not None else None
        req = SpragRequest(
            path,
            params,
            session.id if session is not None else None,
            method=request.method,
            user=user,
            # no session yet: the first write creates one (anonymous reads cost nothing)
            session=session.data if session is not None else PendingSessionData(self.sessions.ensure),
            source=request,
        )
        g.sprag_request = req
        return req

    def error_page(self, status: int, message: str, detail: str = "") -> Response:
        """An error page inside the app shell (a bare page if the shell fails)."""
        return self.pages.error(status, message, detail)

    # -- serving -----------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 8000, workers: Optional[int] = None,
              *, shutdown_timeout: Optional[float] = None, header_timeout: Optional[float] = None,
              access_log: Any = "-") -> None:
        """Serve with gevent (keep-alive, TCP_NODELAY) until SIGTERM/SIGINT, then drain.

        ``shutdown_timeout``/``header_timeout`` in seconds (default 10 each, or
        ``SPRAG_SHUTDOWN_TIMEOUT``/``SPRAG_HEADER_TIMEOUT``); ``access_log``: "-" (standard
        output), None (off) or a file path.
        """
        from .http.server import ServerOptions, serve
        from .scaling import check_workers

        check_workers(self, int(workers or 1))  # before listening: say what would break
        options = ServerOptions(shutdown_timeout, header_timeout, access_log)
        serve(self, host, port, workers=workers, options=options)

    def describe(self) -> List[Dict[str, Any]]:
        """Every surface with its actions and schemas (what ``sprag routes`` prints)."""
        return [s.describe() for s in self.surfaces]

    def __repr__(self) -> str:
        return f"App({self.project_dir}, {len(self.surfaces)} surfaces, mode={self.mode!r})"
