"""Dev-only WSGI pieces: the browser reload client, its SSE endpoint and the error page.

None of this is used by ``sprag serve`` or a build: production pages carry no dev code.
"""

from __future__ import annotations

import html
import traceback
from typing import Any, Callable, Iterable, Iterator, List, Optional

__all__ = ["DevMiddleware", "error_app", "CLIENT_PATH", "EVENTS_PATH", "CLIENT_JS"]

CLIENT_PATH = "/__sprag__/dev/client.js"
EVENTS_PATH = "/__sprag__/dev/events"

#: The whole dev client: reconnects to the events stream and reloads the page when the
#: server that answers is not the one that served this page (it restarted after a change).
#: Before reloading it saves each browser module's state (sessionStorage, per path) and puts it
#: back once the new page has booted, so a code change keeps what the user was doing.
CLIENT_JS = """\
(() => {
  const boot = document.currentScript && document.currentScript.dataset.boot;
  const key = "sprag:dev:state:" + location.pathname;
  const live = () => globalThis.__SPRAG_MODULES__;
  const save = () => {
    const modules = live();
    if (!modules) return;
    const saved = {};
    for (const [id, entry] of modules) saved[id] = entry.instance.state;
    try { sessionStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* not JSON-able: skip */ }
  };
  const restore = () => {
    const raw = sessionStorage.getItem(key);
    if (raw === null) return;
    sessionStorage.removeItem(key);
    const saved = JSON.parse(raw);
    for (const [id, entry] of live() || []) {
      if (saved[id] && typeof entry.instance.setState === "function") entry.instance.setState(saved[id]);
    }
  };
  const whenBooted = () => {
    if (document.documentElement.dataset.spragReady) return restore();
    new MutationObserver((_, observer) => {
      if (!document.documentElement.dataset.spragReady) return;
      observer.disconnect();
      restore();
    }).observe(document.documentElement, { attributes: true });
  };
  let source = null;
  const connect = () => {
    source = new EventSource("EVENTS_PATH");
    source.addEventListener("hello", (event) => {
      if (boot && event.data !== boot) {
        source.close();
        save();
        location.reload();
      }
    });
  };
  whenBooted();
  connect();
  addEventListener("pagehide", () => source && source.close());
})();
""".replace("EVENTS_PATH", EVENTS_PATH)

_KEEPALIVE_SECONDS = 10.0


def _closing_event() -> Any:
    try:
        from gevent.event import Event  # cooperative under gevent servers
    except ImportError:  # pragma: no cover - gevent is a dependency
        from threading import Event
    return Event()


def _header(headers: List[Any], name: str) -> str:
    lowered = name.lower()
    for key, value in headers:
        if key.lower() == lowered:
            return value
    return ""


class _Passthrough:
    """An iterable that yields an already-read first chunk, then the rest, and closes it."""

    def __init__(self, first: List[bytes], rest: Iterator[bytes], original: Any) -> None:
        self._first = first
        self._rest = rest
        self._original = original

    def __iter__(self) -> Iterator[bytes]:
        yield from self._first
        yield from self._rest

    def close(self) -> None:
        close = getattr(self._original, "close", None)
        if close is not None:
            close()


class DevMiddleware:
    """Wraps the app's WSGI callable: serves the dev client and injects it into HTML pages."""

    def __init__(self, app: Callable, boot_id: str) -> None:
        self.app = app
        self.boot_id = boot_id
        self._closing = _closing_event()
        self.tag = (
            f'<script src="{CLIENT_PATH}" data-boot="{html.escape(boot_id)}"></script>'
        ).encode("ascii")

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == CLIENT_PATH:
            return self._client(start_response)
        if path == EVENTS_PATH:
            return self._events(start_response)
        wants_html = "text/html" in environ.get("HTTP_ACCEPT", "")
        if environ.get("REQUEST_METHOD") != "GET" or not wants_html or path.startswith(
            "/socket.io"
        ):
            return self.app(environ, start_response)
        environ.pop("HTTP_ACCEPT_ENCODING", None)  # keep HTML uncompressed so it can be edited
        return self._page(environ, start_response)

    def _client(self, start_response: Callable) -> List[bytes]:
        body = CLIENT_JS.encode("utf-8")
        start_response("200 OK", [
            ("Content-Type", "text/javascript; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
        ])
        return [body]

    def _events(self, start_response: Callable) -> Iterator[bytes]:
        start_response("200 OK", [
            ("Content-Type", "text/event-stream"),
            ("Cache-Control", "no-store"),
            ("X-Accel-Buffering", "no"),
        ])
        return self._event_stream()

    def close_streams(self) -> None:
        """End every reload stream (the server is shutting down): browsers reconnect after
        the ``retry`` delay and find the next server."""
        self._closing.set()

    def _event_stream(self) -> Iterator[bytes]:
        yield f"retry: 300\nevent: hello\ndata: {self.boot_id}\n\n".encode()
        while not self._closing.wait(_KEEPALIVE_SECONDS):
            yield b": keep-alive\n\n"

    def _page(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        captured: dict = {}

        def capture(status: str, headers: List[Any], exc_info: Any = None) -> Callable:
            captured["status"], captured["headers"] = status, list(headers)
            return lambda data: captured.setdefault("written", []).append(data)

        try:
            result = self.app(environ, capture)
            chunks = iter(result)
            first = []
            if "status" not in captured:  # the app calls start_response on first iteration
                first = [next(chunks, b"")]
        except Exception as exc:  # the dev server shows it instead of dying
            traceback.print_exc()
            return error_app(exc, self.boot_id)(environ, start_response)
        headers = captured["headers"]
        if "text/html" not in _header(headers, "Content-Type") or _header(
            headers, "Content-Encoding"
        ):
            start_response(captured["status"], headers)
            return _Passthrough(captured.get("written", []) + first, chunks, result)
        try:
            body = b"".join(captured.get("written", []) + first + list(chunks))
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        body = self.inject(body)
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(body))))
        start_response(captured["status"], headers)
        return [body]

    def inject(self, body: bytes) -> bytes:
        """Insert the dev client before ``</body>`` (or at the end)."""
        marker = body.rfind(b"</body>")
        if marker == -1:
            return body + self.tag
        return body[:marker] + self.tag + body[marker:]


def error_page(exc: BaseException, title: str = "The app failed to load") -> bytes:
    """A readable HTML page with the error and its traceback."""
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ margin: 0; font: 15px/1.5 system-ui, sans-serif; background: #1c1917; color: #f5f5f4; }}
main {{ max-width: 60rem; margin: 0 auto; padding: 2.5rem 1.5rem; }}
h1 {{ color: #fca5a5; font-size: 1.4rem; margin: 0 0 .5rem; }}
p {{ color: #a8a29e; }}
pre {{ background: #0c0a09; padding: 1rem; border-radius: 8px; overflow: auto; font-size: 13px; }}
</style></head>
<body><main data-sprag-dev-error>
<h1>{html.escape(title)}: {html.escape(type(exc).__name__)}: {html.escape(str(exc))}</h1>
<p>Fix the code and save: this page reloads when the server restarts.</p>
<pre>{html.escape(trace)}</pre>
</main></body></html>
""".encode()


def error_app(exc: BaseException, boot_id: str, title: str = "The app failed to load") -> Callable:
    """A WSGI app that answers every page with the error (500) and keeps the dev client."""
    middleware = DevMiddleware(lambda environ, start_response: [], boot_id)
    body = middleware.inject(error_page(exc, title))

    def app(environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path in (CLIENT_PATH, EVENTS_PATH):
            return middleware(environ, start_response)
        start_response("500 Internal Server Error", [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
        ])
        return [body]

    return app


def serve_error(exc: BaseException, host: str, port: int, boot_id: str,
                title: Optional[str] = None) -> None:
    """Serve the error page on ``host:port`` until the process is stopped."""
    from gevent.pywsgi import WSGIServer

    app = error_app(exc, boot_id, title or "The app failed to load")
    WSGIServer((host, port), app, log=None).serve_forever()
