"""One client connection of the production server (gevent pywsgi), made safe to operate.

- A header read timeout: a client that does not finish its request line and headers within
  ``header_timeout`` seconds is disconnected (408 when it had started a request), so slow or
  idle sockets cannot pile up. The same timer bounds how long a keep-alive connection waits
  for its next request.
- Draining: once the server drains, a connection waiting for its next request is closed and
  a connection in the middle of a request finishes it, then closes.
- A one-line access log per request: ``GET /counter 200 3.1 ms``.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Optional

import gevent

__all__ = ["StopReading", "connection_handler_class", "access_line"]

_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
)


class StopReading(BaseException):
    """Raised inside a connection's greenlet to stop it waiting for a request."""


def access_line(method: str, path: str, status: str, seconds: float) -> str:
    """The access log format: method, path (no query string), status, milliseconds."""
    return f"{method} {path} {status} {seconds * 1000:.1f} ms"


def _base_handler() -> Any:
    try:
        from geventwebsocket.handler import WebSocketHandler as base  # optional: native websockets
    except ImportError:
        from gevent.pywsgi import WSGIHandler as base
    return base


def connection_handler_class() -> Any:
    """The pywsgi handler class (built lazily: importing gevent.pywsgi is not free)."""
    base = _base_handler()

    class ConnectionHandler(base):  # type: ignore[valid-type, misc]
        """pywsgi's handler with the header timeout, draining and the access log."""

        _timer: Optional[gevent.Timeout] = None
        _timed_out = False
        _greenlet: Any = None

        def _cancel_timer(self) -> None:
            timer, self._timer = self._timer, None
            if timer is not None:
                timer.close()

        def read_requestline(self) -> str:
            server = self.server
            if getattr(server, "draining", False):
                return ""
            self._timer = gevent.Timeout(server.header_timeout, StopReading("header timeout"))
            self._timer.start()
            self._greenlet = gevent.getcurrent()
            server.idle.add(self)
            try:
                return super().read_requestline()
            except StopReading:  # idle too long, or the server drains: close quietly
                self._cancel_timer()
                return ""
            finally:
                server.idle.discard(self)

        def stop_waiting(self) -> None:
            """Close this connection if it is waiting for its next request (when draining)."""

            def stop() -> None:
                # checked when it runs: by then the connection may have started a request
                if self in self.server.idle and self._greenlet is not None:
                    self._greenlet.throw(StopReading("draining"))

            gevent.get_hub().loop.run_callback(stop)

        def read_request(self, raw_requestline: str) -> Any:
            try:
                return super().read_request(raw_requestline)
            except StopReading:
                self._timed_out = True
                raise ValueError("the request headers did not arrive in time") from None
            finally:
                self._cancel_timer()

        def _handle_client_error(self, ex: Exception) -> Any:
            if self._timed_out:
                self.close_connection = True
                return ("408", _TIMEOUT_RESPONSE)
            return super()._handle_client_error(ex)

        def handle_one_request(self) -> Any:
            try:
                return super().handle_one_request()
            finally:
                self._cancel_timer()

        def log_request(self) -> None:
            write: Optional[Callable[[str], None]] = getattr(self.server, "access_log", None)
            if write is None:
                return
            status = getattr(self, "_orig_status", None) or self.status or "000"
            if isinstance(status, bytes):
                status = status.decode("latin-1")
            finished = self.time_finish or time.time()
            path = (getattr(self, "path", None) or "-").split("?", 1)[0]
            write(access_line(getattr(self, "command", None) or "-", path,
                              str(status).split()[0], finished - self.time_start))

    return ConnectionHandler
