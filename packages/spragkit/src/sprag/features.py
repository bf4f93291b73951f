"""Features install themselves on an App: ``app.install(feature)``.

A feature (realtime, jobs, uploads, content ...) is any object with a ``name`` and an
``install(host)`` method. ``install`` receives a :class:`FeatureHost`, the only door into
the App: it adds routes under ``/__sprag__/``, services started and stopped with the App,
socket handlers, browser runtime files and per-page payload data, and reads the config,
backends, the request guard and the session/auth services. The App gains no new arguments.

    class Clock:
        name = "clock"

        def install(self, host):
            host.add_route("/__sprag__/clock", self.now, methods=("GET",))
            host.add_service(ClockService())
            host.add_page_data("clock", lambda surface, session: {"tz": "UTC"})

    app = App()
    app.install(Clock())

Install before the App serves its first request (Flask refuses routes after that).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Protocol, Sequence, Union, runtime_checkable

from .backends import Backends
from .config import AppConfig

__all__ = ["Feature", "FeatureHost", "FEATURE_PREFIX", "PageData"]

#: Every route a feature adds lives under this prefix (pages never do).
FEATURE_PREFIX = "/__sprag__/"

#: ``fn(surface, session) -> JSON data or None``: a feature's entry in a page's payload.
PageData = Callable[[Any, Any], Any]


@runtime_checkable
class Feature(Protocol):
    """Something ``App.install`` can install."""

    name: str

    def install(self, host: FeatureHost) -> None: ...


class FeatureHost:
    """What a feature may use and add while it installs (built by the App, one per feature).

    Read: ``config`` (AppConfig), ``backends`` (Backends), ``guard`` (RequestGuard),
    ``sessions`` (SessionAccess), ``auth`` (AuthService), ``flask`` and ``socketio`` (reading
    these two wires the App's web side; prefer the ``add_*`` methods, which work before it).
    """

    def __init__(
        self,
        feature: str,
        *,
        config: AppConfig,
        backends: Backends,
        guard: Any,
        sessions: Any,
        auth: Any,
        flask: Callable[[], Any],
        socketio: Callable[[], Any],
        add_route: Callable[..., None],
        add_service: Callable[[Any], Any],
        add_handler: Callable[[Any], Any],
        add_extension: Callable[[str, Any], None],
        runtime_files: Dict[str, Path],
        page_data: Dict[str, PageData],
        drain_hooks: Optional[List[Callable[[], Any]]] = None,
        non_page_prefixes: Optional[List[str]] = None,
    ) -> None:
        self.feature = feature
        self.config = config
        self.backends = backends
        self.guard = guard
        self.sessions = sessions
        self.auth = auth
        self._flask = flask
        self._socketio = socketio
        self._add_route = add_route
        self._add_service = add_service
        self._add_handler = add_handler
        self._add_extension = add_extension
        self._non_page = non_page_prefixes if non_page_prefixes is not None else []
        self._runtime_files = runtime_files
        self._page_data = page_data
        self._drain_hooks = drain_hooks if drain_hooks is not None else []
        self.routes: List[str] = []

    @property
    def flask(self) -> Any:
        """The App's Flask app."""
        return self._flask()

    @property
    def socketio(self) -> Any:
        """The App's Flask-SocketIO server."""
        return self._socketio()

    def add_route(self, rule: str, view: Callable[..., Any], *, methods: Sequence[str] = ("GET",),
                  endpoint: Optional[str] = None) -> str:
        """Serve ``view`` at ``rule`` (which must start with ``/__sprag__/``); returns the
        endpoint name. Page GETs keep the WSGI fast path."""
        if not isinstance(rule, str) or not rule.startswith(FEATURE_PREFIX):
            raise ValueError(
                f"feature {self.feature!r}: route {rule!r} must start with {FEATURE_PREFIX} "
                "(the rest of the URL space belongs to the app's pages)"
            )
        name = endpoint or f"sprag_{self.feature}_{len(self.routes)}"
        self._add_route(rule, name, view, tuple(methods))
        self.routes.append(rule)
        return name

    def add_resource_route(self, rule: str, view: Callable[..., Any], *, endpoint: str) -> str:
        """Serve ``view`` at ``rule`` outside ``/__sprag__/`` for GET and WebSocket upgrades
        (RESTSockets resources). Pages keep the WSGI fast path; paths under the rule's literal
        prefix go to Flask."""
        if not isinstance(rule, str) or not rule.startswith("/") or rule.startswith(FEATURE_PREFIX):
            raise ValueError(f"feature {self.feature!r}: resource route {rule!r} must start with '/' "
                             f"and stay out of {FEATURE_PREFIX}")
        self._add_route(rule, endpoint, view, ("GET",))
        # Werkzeug matches ws:// requests only against rules marked websocket=True
        self._add_route(rule, endpoint, view, ("GET",), {"websocket": True})
        self._non_page.append(rule.split("<", 1)[0].rstrip("/"))
        self.routes.append(rule)
        return endpoint

    def add_service(self, service: Any) -> Any:
        """Start ``service`` (anything with ``start()``/``stop()``, e.g. a specter Service)
        with the App and stop it, in reverse order, when the App stops."""
        return self._add_service(service)

    def add_handler(self, handler: Any) -> Any:
        """Bind a specter socket ``Handler`` to the App's Socket.IO server."""
        return self._add_handler(handler)

    def add_extension(self, key: str, value: Any) -> None:
        """Put ``value`` in ``flask.extensions[key]`` (where request code finds it via
        ``flask.current_app``)."""
        self._add_extension(key, value)

    def add_runtime_file(self, vpath: str, path: Union[str, Path]) -> None:
        """Ship the browser file ``path`` as the runtime module ``vpath`` (``sprag/sse.js``):
        browser code and other runtime files import it by that name, and production bundles
        it with the rest of the runtime."""
        if not vpath.startswith("sprag/") or not vpath.endswith(".js"):
            raise ValueError(f"feature {self.feature!r}: runtime file {vpath!r} must look like sprag/<name>.js")
        file = Path(path)
        if not file.is_file():
            raise FileNotFoundError(f"feature {self.feature!r}: runtime file {file} does not exist")
        if vpath in self._runtime_files:
            raise ValueError(f"feature {self.feature!r}: runtime file {vpath} is already provided")
        self._runtime_files[vpath] = file

    def add_drain_hook(self, fn: Callable[[], Any]) -> None:
        """Call ``fn()`` when the server starts a graceful shutdown (SIGTERM/SIGINT), before it
        waits for requests in flight: end long-lived streams (SSE, sockets) with a reconnect
        hint, or they hold the shutdown until its timeout."""
        if not callable(fn):
            raise TypeError(f"feature {self.feature!r}: add_drain_hook() needs a callable, got {fn!r}")
        self._drain_hooks.append(fn)

    def add_page_data(self, key: str, fn: PageData) -> None:
        """Put ``fn(surface, session)`` under ``payload["features"][key]`` of every
        interactive page (None leaves the key out)."""
        if key in self._page_data:
            raise ValueError(f"feature {self.feature!r}: page data {key!r} is already provided")
        self._page_data[key] = fn
