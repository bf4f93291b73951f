"""RESTSockets: one URL, the current value on GET and a stream of updates on a WebSocket.

A :class:`Resource` declares ``route`` (a Flask rule), ``get(**params)`` (the current value) and
``websocket(ws, **params)`` (a stream on a plain RFC 6455 upgrade of the same URL, so any
WebSocket client works, ``wscat -c ws://host/datetime/`` included)::

    class Clock(Resource):
        route = "/datetime/"

        def get(self):
            return datetime.now().isoformat()

        def websocket(self, ws):
            while ws.send(datetime.now().isoformat()):
                gevent.sleep(1)

    boot(app, resources=[Clock()])

The WebSocket runs on the request's greenlet (gevent's pywsgi or Werkzeug's server). A
Resource is a Service: stopping it closes every socket it has open.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Union

from .http import HTTPError
from .locks import RLock
from .service import Service

if TYPE_CHECKING:  # Flask loads when a resource is served or registered
    from flask import Flask, Response

__all__ = ["Resource", "WebSocket", "is_websocket_upgrade"]

log = logging.getLogger("specter.resources")

#: ``guard(resource) -> None`` runs before ``get``/``websocket``; it raises HTTPError (or
#: returns a Response) to refuse the request.
Guard = Callable[["Resource"], Optional["Response"]]


def is_websocket_upgrade(environ: Dict[str, Any]) -> bool:
    """True when the WSGI request asks for an RFC 6455 upgrade."""
    upgrade = environ.get("HTTP_UPGRADE", "").lower()
    connection = [t.strip().lower() for t in environ.get("HTTP_CONNECTION", "").split(",")]
    return upgrade == "websocket" and "upgrade" in connection


class WebSocket:
    """A server-side WebSocket: ``send(text)``, ``receive()`` (None once closed), ``close()``.

    ``send`` returns False instead of raising when the peer is gone, so a streaming loop can be
    ``while ws.send(value): ...``.
    """

    def __init__(self, environ: Dict[str, Any], *, ping_interval: Optional[float] = 25.0,
                 max_message_size: Optional[int] = 64 * 1024) -> None:
        import gevent
        import gevent.event
        import gevent.selectors
        import simple_websocket

        class _Thread(gevent.Greenlet):
            def __init__(self, target: Callable[[], Any]) -> None:
                super().__init__(target)
                self.name = "specter-websocket"

        self._errors = (simple_websocket.ConnectionClosed, OSError)
        self.environ = environ
        self._ws = simple_websocket.Server(
            environ, ping_interval=ping_interval, max_message_size=max_message_size,
            thread_class=_Thread, event_class=gevent.event.Event,
            selector_class=gevent.selectors.DefaultSelector,
        )
        self.mode: str = self._ws.mode

    @property
    def closed(self) -> bool:
        """True once either side closed the connection."""
        return not self._ws.connected

    def send(self, data: Union[str, bytes]) -> bool:
        """Send a text (str) or binary (bytes) message; False if the socket is closed."""
        if not isinstance(data, (str, bytes)):
            raise TypeError(f"WebSocket.send takes str or bytes, got {type(data).__name__}; "
                            "serialise it first (json.dumps)")
        try:
            self._ws.send(data)
            return True
        except self._errors:
            return False

    def receive(self, timeout: Optional[float] = None) -> Optional[Union[str, bytes]]:
        """The next message, or None when the socket is closed (or ``timeout`` passed)."""
        try:
            return self._ws.receive(timeout=timeout)
        except self._errors:
            return None

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the connection (idempotent)."""
        try:
            self._ws.close(code, reason or None)
        except self._errors:
            pass


_upgraded: Any = None


def _upgraded_class() -> Any:
    """The Response class of a taken-over socket (built on first use: Flask loads lazily)."""
    global _upgraded
    if _upgraded is None:
        from flask import Response

        class _Upgraded(Response):
            """What the view returns after a WebSocket session: the socket was taken over, write nothing."""

            def __init__(self, mode: str) -> None:
                super().__init__()
                self._mode = mode

            def __call__(self, environ: Any, start_response: Any) -> Any:
                if self._mode == "werkzeug":
                    # Werkzeug's server treats ConnectionError as "client went away": no response.
                    raise ConnectionError("websocket session ended")
                return []

        _upgraded = _Upgraded
    return _upgraded


def _to_response(value: Any) -> Any:
    from flask import Response, jsonify

    if isinstance(value, (Response, tuple)):
        return value
    if isinstance(value, str):
        return Response(value, mimetype="text/plain")
    if isinstance(value, bytes):
        return Response(value, mimetype="application/octet-stream")
    return jsonify(value)


class Resource(Service):
    """One URL serving the current value (GET) and a stream of updates (WebSocket upgrade).

    Override ``get(**params)`` and/or ``websocket(ws, **params)``; the URL's rule parameters
    arrive as keyword arguments. ``get`` may return str (text/plain), bytes, a JSON-able value,
    or a Flask response.
    """

    route: str = ""
    #: Seconds between server pings on open sockets (None = no pings).
    ping_interval: Optional[float] = 25.0
    #: Largest message accepted from a client, in bytes (bigger closes with 1009).
    max_message_size: Optional[int] = 64 * 1024

    def __init__(self, name: Optional[str] = None, *, route: Optional[str] = None,
                 **service_options: Any) -> None:
        super().__init__(name, **service_options)
        if route is not None:
            self.route = route
        if not isinstance(self.route, str) or not self.route.startswith("/"):
            raise ValueError(
                f"{type(self).__name__}.route must be a URL rule starting with '/', got "
                f"{self.route!r}; set route = \"/things/<id>/\" on the class")
        self._sockets: List[WebSocket] = []
        self._sockets_lock = RLock()

    def get(self, **params: Any) -> Any:
        """Override: the resource's current value."""
        raise HTTPError(f"{self.route} has no current value; open a WebSocket to it instead", 405)

    def websocket(self, ws: WebSocket, **params: Any) -> None:
        """Override: stream updates on ``ws`` until it closes."""
        raise NotImplementedError

    @property
    def streams(self) -> bool:
        """True when the class overrides ``websocket``."""
        return type(self).websocket is not Resource.websocket

    def open_sockets(self) -> int:
        """How many WebSocket sessions are open right now."""
        with self._sockets_lock:
            return len(self._sockets)

    def on_stop(self) -> None:
        with self._sockets_lock:
            sockets = list(self._sockets)
        for ws in sockets:
            ws.close(1001, "server going away")

    # serving ------------------------------------------------------------------------------
    def serve(self, params: Dict[str, Any], guard: Optional[Guard] = None) -> Any:
        """Answer the current request: GET value, or run a WebSocket session on an upgrade."""
        from flask import request

        if guard is not None:
            refused = guard(self)
            if refused is not None:
                return refused
        if not is_websocket_upgrade(request.environ):
            return _to_response(self.get(**params))
        if not self.streams:
            raise HTTPError(f"{self.route} does not stream; GET it for its current value", 400)
        if not self.running:
            raise HTTPError(f"{self.route} is not running; try again shortly", 503)
        ws = WebSocket(request.environ, ping_interval=self.ping_interval,
                       max_message_size=self.max_message_size)
        with self._sockets_lock:
            self._sockets.append(ws)
        try:
            self.websocket(ws, **params)
        except Exception:
            log.exception("websocket session of %s failed", self.route)
            ws.close(1011, "server error")
        finally:
            with self._sockets_lock:
                if ws in self._sockets:
                    self._sockets.remove(ws)
            ws.close()
        return _upgraded_class()(ws.mode)

    def register(self, app: Flask, *, guard: Optional[Guard] = None,
                 endpoint: Optional[str] = None) -> str:
        """Add this resource's URL to ``app``; returns the endpoint name."""
        name = endpoint or f"specter_resource_{self.name}_{id(self):x}"

        def view(**params: Any) -> Any:
            return self.serve(params, guard)

        view.__name__ = name
        app.add_url_rule(self.route, endpoint=name, view_func=view, methods=["GET"])
        # Werkzeug matches ws:// requests only against rules marked websocket=True.
        app.add_url_rule(self.route, endpoint=name, view_func=view, methods=["GET"],
                         websocket=True)
        return name

    def health(self) -> Dict[str, Any]:
        info = super().health()
        info["route"] = self.route
        info["open_sockets"] = self.open_sockets()
        return info
