"""The production server: gevent's pywsgi with keep-alive, TCP_NODELAY and Socket.IO.

TCP_NODELAY matters: pywsgi writes the status/headers and the body in separate sends, and with
Nagle's algorithm on, a keep-alive client waits for a delayed ACK (~40 ms) between them.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
from typing import Any, List, Optional, Protocol


class App(Protocol):
    """What the server needs of an App: its WSGI app and its lifecycle."""

    flask: Any

    def prepare(self) -> None: ...

    def start(self) -> Any: ...

    def stop(self) -> None: ...

__all__ = ["serve", "make_server"]

log = logging.getLogger("sprag.server")


def _server_class() -> Any:
    from gevent.pywsgi import WSGIServer

    class NoDelayWSGIServer(WSGIServer):
        """pywsgi with TCP_NODELAY on every accepted connection."""

        def handle(self, sock: Any, address: Any) -> None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:  # not TCP (a unix socket): nothing to tune
                pass
            super().handle(sock, address)

    return NoDelayWSGIServer


def _handler_class(log_requests: bool) -> Any:
    try:
        from geventwebsocket.handler import WebSocketHandler as base  # optional: native websockets
    except ImportError:
        from gevent.pywsgi import WSGIHandler as base
    if log_requests:
        return base

    class QuietHandler(base):
        """pywsgi formats an access-log line (with a datetime) even when the log is off."""

        def log_request(self) -> None:
            pass

    return QuietHandler


def make_server(app: App, host: str = "127.0.0.1", port: int = 8000, listener: Any = None, log_requests: bool = False) -> Any:
    """A ready (not yet serving) gevent server for ``app``; ``port=0`` picks a free port."""
    cls = _server_class()
    kwargs = {
        "log": None if not log_requests else "default",
        "error_log": "default",
        "handler_class": _handler_class(log_requests),
    }
    # Production builds browser code and the asset table before the first request: a build
    # error stops the server at startup instead of failing the first visitor.
    app.prepare()
    app.start()
    server = cls(listener if listener is not None else (host, port), app.flask, **kwargs)
    return server


def _ensure_patched() -> None:
    from gevent import monkey

    if not monkey.is_module_patched("socket"):
        monkey.patch_all()


def serve(app: App, host: str = "127.0.0.1", port: int = 8000, workers: Optional[int] = None) -> None:
    """Serve ``app`` until SIGINT/SIGTERM; ``workers=N`` pre-forks N processes on one socket."""
    _ensure_patched()
    count = int(workers or 1)
    if count < 1:
        raise ValueError(f"workers must be at least 1, got {workers!r}")
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    children: List[int] = []
    if count > 1 and hasattr(os, "fork"):
        from gevent import os as gos

        for _ in range(count - 1):
            pid = gos.fork()
            if pid == 0:
                children = []
                break
            children.append(pid)
    server = make_server(app, listener=listener)
    stop = lambda *_: server.stop(timeout=5)  # noqa: E731
    try:
        import gevent

        gevent.signal_handler(signal.SIGTERM, stop)
        gevent.signal_handler(signal.SIGINT, stop)
    except (AttributeError, ValueError):  # pragma: no cover - not in the main thread
        pass
    log.info("sprag serving on http://%s:%s (%d worker%s)", host, port, count, "s" if count > 1 else "")
    try:
        server.serve_forever()
    finally:
        app.stop()
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        for pid in children:
            try:
                os.waitpid(pid, 0)
            except OSError:
                pass
