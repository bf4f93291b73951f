"""Shared fixtures: a headless Chromium (Playwright) and a tiny static server for test pages.

Browser tests are marked ``@pytest.mark.browser``. They skip with a clear reason when
playwright or Chromium is missing, so the package sessions (``-m "not browser"``) need neither.

Fixtures (names are stable; other test suites of this package reuse them):

- ``static_server``: a stdlib HTTP server on a free port, for the whole session. It serves the
  runtime at ``/ragot/...`` (``src/ragot/js``), extra pages registered with
  ``static_server.add_page(html)`` / ``add_file(path, text)`` and folders mounted with
  ``static_server.mount(prefix, directory)``.
- ``chromium``: one headless Chromium for the session.
- ``browser_page``: a fresh Playwright page, already on a blank page of ``static_server`` (so
  ``await import("/ragot/index.js")`` works inside ``page.evaluate``). Uncaught page errors
  fail the test at teardown.
- ``load_page``: ``load_page(html) -> page``: serve inline HTML and open it in ``browser_page``.
"""

from __future__ import annotations

import itertools
import mimetypes
import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Dict, Iterator, Optional, Tuple, Union

import pytest

RUNTIME_DIR = Path(__file__).resolve().parent.parent / "src" / "ragot" / "js"
CHROMIUM_PATH = os.environ.get("RAGOT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BLANK_PAGE = "<!doctype html><html><head><meta charset='utf-8'><title>ragot test</title></head><body></body></html>"


class StaticServer:
    """A threaded stdlib HTTP server serving in-memory files and mounted folders."""

    def __init__(self) -> None:
        self.files: Dict[str, Tuple[str, bytes]] = {}
        self.mounts: Dict[str, Path] = {"/ragot/": RUNTIME_DIR}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (stdlib name)
                found = server.lookup(self.path.split("?", 1)[0])
                if found is None:
                    self.send_error(404, "not found")
                    return
                content_type, body = found
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def lookup(self, path: str) -> Optional[Tuple[str, bytes]]:
        """Return (content type, body) for a request path, or None."""
        with self._lock:
            if path in self.files:
                return self.files[path]
            mounts = list(self.mounts.items())
        for prefix, directory in mounts:
            if path.startswith(prefix):
                target = (directory / path[len(prefix) :]).resolve()
                if directory.resolve() in target.parents and target.is_file():
                    return _content_type(target.name), target.read_bytes()
        return None

    def add_file(self, path: str, text: str, content_type: Optional[str] = None) -> str:
        """Serve ``text`` at ``path`` (e.g. ``/app/counter.js``); returns the full URL."""
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        with self._lock:
            self.files[path] = (content_type or _content_type(path), text.encode("utf-8"))
        return self.url + path

    def add_page(self, html: str) -> str:
        """Serve an HTML document at a fresh path; returns its URL."""
        return self.add_file(f"/pages/{next(self._ids)}.html", html, "text/html; charset=utf-8")

    def mount(self, prefix: str, directory: Union[str, os.PathLike]) -> None:
        """Serve a folder under ``prefix`` (which must start and end with '/')."""
        if not (prefix.startswith("/") and prefix.endswith("/")):
            raise ValueError(f"prefix must start and end with '/', got {prefix!r}")
        with self._lock:
            self.mounts[prefix] = Path(directory)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _content_type(name: str) -> str:
    if name.endswith((".js", ".mjs")):
        return "text/javascript; charset=utf-8"
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return guessed + ("; charset=utf-8" if guessed.startswith("text/") else "")


@pytest.fixture(scope="session")
def static_server() -> Iterator[StaticServer]:
    server = StaticServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright)")
    if not (os.path.exists(CHROMIUM_PATH) or shutil.which("chromium")):
        pytest.skip(f"Chromium not found at {CHROMIUM_PATH} (set RAGOT_CHROMIUM)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser_page(chromium: object, static_server: StaticServer) -> Iterator[object]:
    context = chromium.new_context(viewport={"width": 800, "height": 600})
    page = context.new_page()
    errors: list = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(static_server.add_page(BLANK_PAGE))
    page.ragot_errors = errors
    try:
        yield page
    finally:
        context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


@pytest.fixture
def load_page(browser_page: object, static_server: StaticServer) -> Callable[[str], object]:
    def load(html: str) -> object:
        browser_page.goto(static_server.add_page(html))
        return browser_page

    return load


@pytest.fixture
def ragot(browser_page: object) -> Callable[[str], object]:
    """``ragot(js_body) -> value``: run an async function body in the page with ``R`` = the
    runtime (``/ragot/index.js``), ``frame()`` = a promise of the next two animation frames and
    ``sleep(ms)``; returns what the body returns (JSON-able)."""

    def run(body: str) -> object:
        return browser_page.evaluate(
            "async () => {\n"
            "  const R = await import('/ragot/index.js');\n"
            "  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));\n"
            "  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n"
            f"{body}\n"
            "}"
        )

    return run
