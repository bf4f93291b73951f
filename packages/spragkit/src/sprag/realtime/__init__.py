"""Realtime: the SSE broadcast stream and its replay log, the Socket.IO bridge (targeted
events, topics, controller handlers), live stores and RESTSockets resources.

A feature (``App.install``): every browser-to-server entry passes the request guard. The
event stream and resource upgrades must be same-origin; socket connects also need the
session's CSRF token.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional

from specter import HTTPError, Service

from ..stores import adopt_store_change
from .broadcast import BROADCAST_EVENT, EVENTS_PATH, EventStream, bus_bridge
from .resources import ResourceDecl, discover_resources, register_resources, resource
from .sockets import MatchSurface, SocketBridge, uses_sockets

__all__ = [
    "Realtime",
    "uses_sockets",
    "emit_socket",
    "resource",
    "EventStream",
    "SocketBridge",
    "EVENTS_PATH",
    "BROADCAST_EVENT",
    "EXTENSION",
]

#: Where the installed feature is found: ``flask_app.extensions[EXTENSION]``.
EXTENSION = "sprag.realtime"

_current: List[Realtime] = []


class _Running(Service):
    """While the app runs: bus broadcasts feed the stream, the socket handlers are bound."""

    def __init__(self, stream: EventStream, sockets: SocketBridge) -> None:
        super().__init__("sprag.realtime")
        self.stream = stream
        self.sockets = sockets

    def on_start(self) -> None:
        self.sockets.install()
        self.add_cleanup(bus_bridge(self.stream, self.bus))
        self.stream.start()

    def on_stop(self) -> None:
        self.stream.stop()
        self.stream.close()


class Realtime:
    """The realtime feature of one App (``app.realtime``)."""

    name = "realtime"

    def __init__(self, *, sockets_enabled: bool, match_surface: MatchSurface,
                 controller_for: Callable[[Any], Any], heartbeat: float = 15.0) -> None:
        self.sockets_enabled = sockets_enabled
        self.match_surface = match_surface
        self.controller_for = controller_for
        self.stream = EventStream(heartbeat=heartbeat)
        self.sockets: Optional[SocketBridge] = None
        self.resources: List[ResourceDecl] = []

    def install(self, host: Any) -> None:
        guard = host.guard

        def events_view() -> Any:
            if not guard.same_origin():
                raise HTTPError("Cross-site event streams are refused", 403)
            return self.stream.response()

        host.add_route(EVENTS_PATH, events_view, methods=("GET",), endpoint="sprag_events")
        # the App's replay log; a shared one (Redis) also carries the broadcasts between hosts
        self.stream.use(host.backends.replay)
        self.stream.on_event.append(adopt_store_change)
        # the web side (Flask-SocketIO) is wired on first use: the bridge reaches it lazily
        self.sockets = SocketBridge(
            lambda: host.socketio, sessions=host.sessions, guard=guard, auth=host.auth,
            match_surface=self.match_surface, controller_for=self.controller_for,
            dev=host.config.dev, enabled=self.sockets_enabled, fanout=host.backends.fanout,
        )
        host.add_service(_Running(self.stream, self.sockets))
        # a graceful shutdown ends event streams and sockets at once (browsers resume elsewhere)
        host.add_drain_hook(self.stream.close)
        host.add_drain_hook(self.sockets.close_all)
        self.resources = discover_resources(host.config.routes)
        register_resources(host, self.resources)
        host.add_extension(EXTENSION, self)
        _current[:] = [self]

    def emit_socket(self, event: str, payload: Any = None, **targets: Optional[str]) -> None:
        """Send a socket event to its targets (see ``SocketBridge.emit``)."""
        if self.sockets is None:
            raise RuntimeError("the realtime feature is not installed (App.install(realtime))")
        self.sockets.emit(event, payload, **targets)

    def emit_to_session(self, event: str, payload: Any, session_id: str) -> None:
        """The jobs feature's emitter: one session's sockets."""
        self.emit_socket(event, payload, session_id=session_id)

    def broadcast(self, event: str, payload: Any = None) -> str:
        """Send ``event`` to every page's event stream; returns its id."""
        return self.stream.publish(event, payload)


def emit_socket(event: str, payload: Any = None, **targets: Optional[str]) -> None:
    """Emit a socket event from anywhere (a Service, a QueueService worker) through the
    running app: ``session_id=`` / ``topic=`` / ``client_id=`` / ``route=`` target it (none:
    every socket; a target given as None: no socket)."""
    if not _current:
        raise RuntimeError("emit_socket needs a running sprag App (none is installed in this process)")
    _current[0].emit_socket(event, payload, **targets)
