"""The production server: gevent's pywsgi with keep-alive, TCP_NODELAY and Socket.IO.

TCP_NODELAY matters: pywsgi writes the status/headers and the body in separate sends, and with
Nagle's algorithm on, a keep-alive client waits for a delayed ACK (~40 ms) between them.

Graceful shutdown: the first SIGTERM/SIGINT stops accepting connections, runs the App's drain
hooks (long-lived streams close with a reconnect hint), closes idle keep-alive connections,
lets requests in flight finish for up to ``shutdown_timeout`` seconds (default 10), stops the
App's services and exits 0. A second signal exits at once (status 1).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from dataclasses import dataclass
from typing import Any, Callable, List, Optional, Protocol, TextIO, Union

from .connection import connection_handler_class


class App(Protocol):
    """What the server needs of an App: its WSGI app, its lifecycle and its drain hooks."""

    flask: Any

    def prepare(self) -> None: ...

    def start(self) -> Any: ...

    def stop(self) -> None: ...

    def begin_drain(self) -> None: ...

    def check_production(self) -> None: ...

__all__ = ["serve", "make_server", "ServerOptions", "DEFAULT_SHUTDOWN_TIMEOUT", "DEFAULT_HEADER_TIMEOUT"]

log = logging.getLogger("sprag.server")

DEFAULT_SHUTDOWN_TIMEOUT = 10.0
DEFAULT_HEADER_TIMEOUT = 10.0

#: ``access_log``: "-" (standard output), None (off), a file path, or a ``write(line)`` callable.
AccessLog = Union[None, str, Callable[[str], None]]


@dataclass(frozen=True)
class ServerOptions:
    """How the production server behaves; unset fields come from the environment.

    ``SPRAG_SHUTDOWN_TIMEOUT`` and ``SPRAG_HEADER_TIMEOUT`` (seconds), ``SPRAG_ACCESS_LOG``
    ("-" for standard output, "off", or a file path).
    """

    shutdown_timeout: Optional[float] = None
    header_timeout: Optional[float] = None
    access_log: AccessLog = "-"

    def resolved(self) -> ServerOptions:
        """Every field filled in (arguments win over the environment, then the defaults)."""
        access = self.access_log
        env_log = os.environ.get("SPRAG_ACCESS_LOG")
        if access == "-" and env_log:
            access = None if env_log.lower() in ("off", "none", "0") else env_log
        return ServerOptions(
            _seconds("shutdown_timeout", self.shutdown_timeout, "SPRAG_SHUTDOWN_TIMEOUT",
                     DEFAULT_SHUTDOWN_TIMEOUT),
            _seconds("header_timeout", self.header_timeout, "SPRAG_HEADER_TIMEOUT",
                     DEFAULT_HEADER_TIMEOUT),
            access,
        )


def _seconds(label: str, given: Optional[float], env: str, default: float) -> float:
    raw: Any = given
    if raw is None:
        raw = os.environ.get(env, default)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{label} must be a number of seconds, got {raw!r} (from {env} or the option)") from None
    if value <= 0:
        raise ValueError(f"{label} must be more than 0 seconds, got {value!r}")
    return value


def _access_writer(access_log: AccessLog) -> Optional[Callable[[str], None]]:
    if access_log is None:
        return None
    if callable(access_log):
        return access_log
    stream: TextIO
    if access_log == "-":
        stream = sys.stdout
    else:
        stream = open(access_log, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives with the process

    def write(line: str) -> None:
        try:
            stream.write(line + "\n")
            stream.flush()
        except (OSError, ValueError):  # a closed or full log must not fail requests
            pass

    return write


def _server_class() -> Any:
    import gevent
    from gevent.pool import Pool
    from gevent.pywsgi import WSGIServer

    class SpragWSGIServer(WSGIServer):
        """pywsgi with TCP_NODELAY, a header read timeout, an access log and draining."""

        def __init__(self, listener: Any, application: Any, *, header_timeout: float,
                     access_log: Optional[Callable[[str], None]]) -> None:
            # A pool (unbounded) so shutdown can wait for the requests in flight.
            super().__init__(listener, application, spawn=Pool(), log=None, error_log="default",
                             handler_class=connection_handler_class())
            self.header_timeout = header_timeout
            self.access_log = access_log
            self.idle: set = set()
            self.draining = False

        def handle(self, sock: Any, address: Any) -> None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:  # not TCP (a unix socket): nothing to tune
                pass
            super().handle(sock, address)

        def drain(self, timeout: float) -> int:
            """Stop accepting, close idle connections, let requests finish for ``timeout``
            seconds; returns how many were still running (and were then cut)."""
            self.draining = True
            self.close()
            for handler in list(self.idle):
                handler.stop_waiting()
            gevent.sleep(0)
            self.pool.join(timeout=timeout)
            left = len(self.pool)
            if left:
                self.pool.kill(block=True, timeout=1)
            return left

    return SpragWSGIServer


def make_server(app: App, host: str = "127.0.0.1", port: int = 8000, listener: Any = None,
                log_requests: bool = False, options: Optional[ServerOptions] = None) -> Any:
    """A ready (not yet serving) gevent server for ``app``; ``port=0`` picks a free port.

    Without ``options`` requests are not logged unless ``log_requests`` is true.
    """
    if options is None:
        options = ServerOptions(access_log="-" if log_requests else None)
    options = options.resolved()
    # Production builds browser code and the asset table before the first request: a build
    # error stops the server at startup instead of failing the first visitor.
    app.prepare()
    app.start()
    cls = _server_class()
    return cls(listener if listener is not None else (host, port), app.flask,
               header_timeout=options.header_timeout, access_log=_access_writer(options.access_log))


def _ensure_patched() -> None:
    from gevent import monkey

    if not monkey.is_module_patched("socket"):
        monkey.patch_all()


def _listen(host: str, port: int) -> socket.socket:
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    return listener


def _fork_workers(count: int) -> List[int]:
    """Fork ``count - 1`` workers; returns their pids in the parent, [] in a worker."""
    if count <= 1 or not hasattr(os, "fork"):
        return []
    from gevent import os as gos

    children: List[int] = []
    for _ in range(count - 1):
        pid = gos.fork()
        if pid == 0:
            return []
        children.append(pid)
    return children


def _signal_all(pids: List[int], signum: int) -> None:
    for pid in pids:
        try:
            os.kill(pid, signum)
        except OSError:
            pass


def _reap(pids: List[int], timeout: float) -> None:
    """Wait for the workers to exit; kill those still running after ``timeout`` seconds."""
    import gevent

    deadline = timeout
    pending = list(pids)
    while pending and deadline > 0:
        for pid in list(pending):
            try:
                done, _status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                pending.remove(pid)
        if pending:
            gevent.sleep(0.05)
            deadline -= 0.05
    _signal_all(pending, signal.SIGKILL)
    for pid in pending:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


def serve(app: App, host: str = "127.0.0.1", port: int = 8000, workers: Optional[int] = None,
          options: Optional[ServerOptions] = None) -> None:
    """Serve ``app`` until SIGINT/SIGTERM, then shut down gracefully (see the module doc).

    ``workers=N`` pre-forks N processes on one listening socket.
    """
    _ensure_patched()
    import gevent
    from gevent.event import Event

    options = (options or ServerOptions()).resolved()
    app.check_production()  # e.g. no SECRET_KEY: fail before listening, not on the first page
    count = int(workers or 1)
    if count < 1:
        raise ValueError(f"workers must be at least 1, got {workers!r}")
    listener = _listen(host, port)
    children = _fork_workers(count)
    is_worker = count > 1 and not children
    server = make_server(app, listener=listener, options=options)
    stopping = Event()
    received: List[int] = []

    def on_signal(signum: int) -> None:
        # The parent (or the only process) takes SIGTERM and SIGINT and tells its workers with
        # SIGTERM; workers ignore SIGINT, so a terminal's Ctrl+C counts once for each of them.
        received.append(signum)
        _signal_all(children, signal.SIGTERM)
        if len(received) > 1:
            sys.stderr.write("second signal: exiting now\n")
            sys.stderr.flush()
            os._exit(1)
        stopping.set()

    try:
        gevent.signal_handler(signal.SIGTERM, on_signal, signal.SIGTERM)
        if is_worker:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        else:
            gevent.signal_handler(signal.SIGINT, on_signal, signal.SIGINT)
    except (AttributeError, ValueError):  # pragma: no cover - not in the main thread
        pass
    server.start()
    if not is_worker:
        log.info("sprag serving on http://%s:%s (%d worker%s)", host, port, count, "s" if count > 1 else "")
    stopping.wait()
    if not is_worker:
        sys.stderr.write(f"stopping: finishing requests in flight (up to {options.shutdown_timeout:g} s); "
                         "press Ctrl+C again to exit now\n")
        sys.stderr.flush()
    try:
        app.begin_drain()
        cut = server.drain(options.shutdown_timeout)
        if cut:
            log.warning("%d request(s) still running after %g s were cut", cut, options.shutdown_timeout)
    finally:
        app.stop()
        if children:
            _reap(children, options.shutdown_timeout + 2)
    if is_worker:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
