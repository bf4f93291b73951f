"""Export the concrete pages of an app as a static site, through its own WSGI app.

Every page is fetched through the app's own WSGI entry exactly as a browser would get it
(a plain GET with a minimal WSGI environ: the same code path as a served request), then every
local file it references (stylesheets, scripts, their imports, CSS ``url()``s, source maps,
``app/static``) is fetched and written next to it, so the folder can be served by any static
file host.
"""

from __future__ import annotations

import gc
import io
import json
import logging
import os
import posixpath
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import AbstractSet, Any, Callable, Dict, Iterable, List, Optional, Set, Tuple
from urllib.parse import unquote, urljoin, urlsplit

__all__ = ["StaticPage", "StaticExport", "StaticPathsError", "concrete_paths", "export_static"]

# "\s" first keeps the scan fast (a case-insensitive alternation tries every position)
_HTML_REFS = re.compile(r"""\s(?:[sS][rR][cC]|[hH][rR][eE][fF])\s*=\s*["']([^"'#]+)["']""")
_JS_REFS = re.compile(
    r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']|sourceMappingURL=(\S+)"""
)
_CSS_REFS = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']""")
_SKIP_PREFIXES = ("/__sprag__/actions", "/socket.io")
NOT_FOUND_PAGE = "/404"


@dataclass
class StaticPage:
    """One page of the export: its URL, where it was written, or why it failed."""

    url: str
    ok: bool
    file: Optional[str] = None
    error: str = ""
    seconds: float = 0.0


@dataclass
class StaticExport:
    """What an export wrote and what it skipped."""

    pages: List[StaticPage] = field(default_factory=list)
    files: List[str] = field(default_factory=list)
    skipped: List[Tuple[str, str]] = field(default_factory=list)
    #: (local URL that answered 404, the page or file that references it)
    broken: List[Tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> List[StaticPage]:
        return [p for p in self.pages if not p.ok]


class StaticPathsError(RuntimeError):
    """A page's ``static_paths()`` raised: its pages cannot be listed (the export stops)."""


def concrete_paths(surfaces: Iterable[Any], *, strict: bool = False,
                   ) -> Tuple[List[Tuple[Any, str]], List[Tuple[str, str]]]:
    """URLs to export, with the surfaces they come from, and the (path, reason) skipped.

    A dynamic route is expanded with its ``static_paths()`` (a list of parameter dicts);
    when one raises, ``strict`` raises :class:`StaticPathsError`, else it is skipped.
    """
    urls: List[Tuple[Any, str]] = []
    skipped: List[Tuple[str, str]] = []
    for surface in surfaces:
        pattern = getattr(surface, "pattern", None)
        path = getattr(surface, "path", "/")
        if pattern is None or pattern.is_static:
            urls.append((surface, path))
            continue
        expand = getattr(surface, "static_paths", None)
        if expand is None:
            skipped.append((path, "dynamic route without static_paths= on its page()"))
            continue
        try:
            params_list = list(expand())
        except Exception as exc:  # reported, never fatal for the other pages
            if strict:
                raise StaticPathsError(
                    f"static_paths() of {path} ({getattr(surface, 'source', '?')}) raised "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            skipped.append((path, f"static_paths() raised {type(exc).__name__}: {exc}"))
            continue
        for params in params_list:
            try:
                urls.append((surface, pattern.build(params)))
            except (KeyError, TypeError) as exc:
                skipped.append((path, f"static_paths() gave {params!r}: missing {exc}"))
    return urls, skipped


def _file_for(url: str, html: bool) -> str:
    path = urlsplit(url).path
    if html:
        return posixpath.join(path.strip("/"), "index.html") if path.strip("/") else "index.html"
    return path.lstrip("/")


#: ``/path`` references (the common case) -> the URL they name ("" when skipped); they do
#: not depend on the page, and pages repeat most of them (navigation). Bounded.
_ROOTED: Dict[str, str] = {}


def _local_refs(base_url: str, text: str, kind: str) -> Set[str]:
    if kind == "html":
        raw = set(_HTML_REFS.findall(text))
    elif kind == "css":
        raw = {a or b for a, b in _CSS_REFS.findall(text)}
    else:
        raw = {a or b for a, b in _JS_REFS.findall(text)}
    found = set()
    rooted = _ROOTED
    for ref in raw:
        url = rooted.get(ref)
        if url is not None:
            if url:
                found.add(url)
            continue
        original = ref
        ref = ref.strip()
        if ref[:1] == "/" and ref[1:2] != "/" and "/." not in ref:  # the common case, cheaply
            url = ref.partition("?")[0].partition("#")[0]
            if url.startswith(_SKIP_PREFIXES):
                url = ""
            if len(rooted) >= 65536:
                rooted.clear()
            rooted[original] = url
            if url:
                found.add(url)
            continue
        if not ref or ref.startswith(("data:", "mailto:", "javascript:", "http:", "https:", "//")):
            continue
        url = urlsplit(urljoin(base_url, ref)).path
        if url.startswith(_SKIP_PREFIXES):
            continue
        found.add(url)
    return found


def _kind(url: str, content_type: str) -> str:
    if "text/html" in content_type:
        return "html"
    if "css" in content_type or url.endswith(".css"):
        return "css"
    if "javascript" in content_type or url.endswith((".js", ".mjs")):
        return "js"
    return "binary"


class _Failures(logging.Handler):
    """The last exception the app logged while rendering a page (its message goes in the
    export's report instead of a bare "answered 500")."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.last: Optional[BaseException] = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.last = record.exc_info[1]


@dataclass
class _Answer:
    status_code: int
    content_type: str
    body: bytes


class _Client:
    """GET through the app's WSGI callable with a minimal environ (what a server passes),
    cheaper than a test client; the answer is the status, the content type and the body."""

    def __init__(self, wsgi: Callable[..., Any]) -> None:
        self.wsgi = wsgi

    def get(self, url: str, headers: Optional[dict] = None) -> _Answer:
        path, _, query = url.partition("?")
        environ = {
            "REQUEST_METHOD": "GET", "SCRIPT_NAME": "",
            "PATH_INFO": unquote(path).encode("utf-8").decode("latin-1"),
            "QUERY_STRING": query, "SERVER_NAME": "localhost", "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_HOST": "localhost", "REMOTE_ADDR": "127.0.0.1",
            "wsgi.version": (1, 0), "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr, "wsgi.multithread": False, "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        for name, value in (headers or {}).items():
            environ["HTTP_" + name.upper().replace("-", "_")] = value
        started: List[Any] = []

        def start_response(status: str, response_headers: List[Tuple[str, str]],
                           exc_info: Any = None) -> Callable[[bytes], None]:
            started[:] = [status, response_headers]
            return lambda data: None

        result = self.wsgi(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        status, response_headers = started
        content_type = next((v for k, v in response_headers if k.lower() == "content-type"), "")
        return _Answer(int(status.split(" ", 1)[0]), content_type, body)


def export_static(
    app: Any,
    output: Path,
    *,
    static_files: Iterable[str] = (),
    on_page: Optional[Callable[[StaticPage], None]] = None,
) -> StaticExport:
    """Fetch every concrete page and the files it needs into ``output``.

    A page whose response is not HTML (a feed, ``sitemap.xml``, a JSON index) is written at
    its own path; the ``/404`` page is also written as ``404.html`` (what static hosts
    serve for a missing URL). Local links that answer 404 are collected in ``broken``.
    """
    result = StaticExport()
    # Pages of a static export carry no CSRF token (there is no server to check it) and tell
    # the browser runtime that actions are unavailable (a clear console error when called).
    app.static_export = True
    client = _Client(app.flask)
    targets, result.skipped = concrete_paths(app.surfaces)
    pending: List[Tuple[str, str]] = []
    page_urls = {url for _, url in targets}
    failures = _Failures()
    logger = logging.getLogger("sprag")
    logger.addHandler(failures)
    try:
        first: Dict[int, str] = {}  # one page per surface, exported before any fork
        for surface, url in targets:
            first.setdefault(id(surface), url)
        result.pages = _export_pages(client, [url for _, url in targets], output, pending,
                                     failures, on_page, set(first.values()))
    finally:
        logger.removeHandler(failures)
    if NOT_FOUND_PAGE in page_urls and (output / _file_for(NOT_FOUND_PAGE, html=True)).is_file():
        _write(output / "404.html", (output / _file_for(NOT_FOUND_PAGE, html=True)).read_bytes())
    pending.extend((url, "") for url in static_files)
    seen: Set[str] = set()
    while pending:
        url, referrer = pending.pop()
        if url in page_urls:
            continue
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code == 404 and referrer:
            result.broken.append((url, referrer))
        if response.status_code != 200:
            continue  # a page that is not exported (a redirect, a dynamic route) or missing
        content_type = response.content_type
        kind = _kind(url, content_type)
        if kind == "html":
            continue
        body = response.body
        rel = _file_for(url, html=False)
        _write(output / rel, body)
        result.files.append(rel)
        if kind in ("css", "js"):
            pending.extend((ref, url) for ref in _local_refs(url, body.decode("utf-8", "replace"), kind))
    result.broken.sort()
    return result


#: Sites with at least this many pages are exported by several processes (one per core, at
#: most 4): the app is loaded and the content rendered once, then forked.
PARALLEL_MIN_PAGES = 100


def _export_pages(client: Any, urls: List[str], output: Path, pending: List[Tuple[str, str]],
                  failures: _Failures, on_page: Optional[Callable[[StaticPage], None]],
                  first: Iterable[str] = (),
                  ) -> List[StaticPage]:
    """Every page of ``urls``, in that order; big sites in forked workers (same app, same
    output folder), each reporting its pages and the references they found. The ``first``
    pages (one per surface) are exported before forking, so what a surface prepares on its
    first request (its shell, its static parts) is prepared once, not in every worker."""
    # what exists now (the app, the content) lives until the export ends: frozen, the
    # collector does not scan it again, in this process nor in the workers (whose memory
    # then stays shared with this one instead of being copied)
    gc.freeze()
    try:
        return _export_all(client, urls, output, pending, failures, on_page, first)
    finally:
        gc.unfreeze()


def _export_all(client: Any, urls: List[str], output: Path, pending: List[Tuple[str, str]],
                failures: _Failures, on_page: Optional[Callable[[StaticPage], None]],
                first: Iterable[str]) -> List[StaticPage]:
    exported = frozenset(urls)
    workers = min(os.cpu_count() or 1, 4)
    if (workers < 2 or len(urls) < PARALLEL_MIN_PAGES or not hasattr(os, "fork")
            or threading.active_count() > 1):
        pages = []
        for url in urls:
            page = _export_page(client, url, output, pending, failures, exported)
            pages.append(page)
            if on_page is not None:
                on_page(page)
        return pages
    by_url: Dict[str, StaticPage] = {}
    first = set(first)
    for url in urls:
        if url in first:
            page = by_url[url] = _export_page(client, url, output, pending, failures, exported)
            if on_page is not None:
                on_page(page)
    urls_left = [url for url in urls if url not in by_url]
    children = []
    for index in range(1, workers):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: export its share, report it as JSON, exit at once
            os.close(read_end)
            status = 1
            try:
                found: List[Tuple[str, str]] = []
                done = [_export_page(client, url, output, found, failures, exported)
                        for url in urls_left[index::workers]]
                report = {"pages": [vars(p) for p in done], "pending": found}
                with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
                    json.dump(report, pipe)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        children.append((index, pid, read_end))
    for url in urls_left[0::workers]:
        page = by_url[url] = _export_page(client, url, output, pending, failures, exported)
        if on_page is not None:
            on_page(page)
    for index, pid, read_end in children:
        with os.fdopen(read_end, "r", encoding="utf-8") as pipe:
            raw = pipe.read()
        _, status = os.waitpid(pid, 0)
        try:
            report = json.loads(raw)
        except ValueError:
            report = {"pages": [vars(StaticPage(url, False, error=f"the export worker failed "
                                                f"(exit status {status})"))
                                for url in urls_left[index::workers]], "pending": []}
        pending.extend((url, referrer) for url, referrer in report["pending"])
        for fields in report["pages"]:
            page = by_url[fields["url"]] = StaticPage(**fields)
            if on_page is not None:
                on_page(page)
    return [by_url[url] for url in urls]


def _export_page(client: Any, url: str, output: Path, pending: List[Tuple[str, str]],
                 failures: _Failures, pages: AbstractSet[str] = frozenset()) -> StaticPage:
    """GET ``url`` and write it; the local references of an HTML page go to ``pending``,
    except links to ``pages`` (exported anyway: export_static skips them)."""
    started = time.perf_counter()
    failures.last = None
    try:
        response = client.get(url, headers={"Accept": "text/html"})
        if response.status_code != 200:
            cause = failures.last
            detail = f": {type(cause).__name__}: {cause}" if cause is not None else ""
            raise RuntimeError(f"GET {url} answered {response.status_code}{detail}")
        body = response.body
        html = "text/html" in (response.content_type or "text/html")
        rel = _file_for(url, html=html)
        _write(output / rel, body)
        if html:
            refs = _local_refs(url, body.decode("utf-8", "replace"), "html")
            pending.extend((ref, url) for ref in refs if ref not in pages)
        return StaticPage(url, True, rel, seconds=time.perf_counter() - started)
    except Exception as exc:  # one broken page must not stop the others
        return StaticPage(url, False, error=f"{type(exc).__name__}: {exc}",
                          seconds=time.perf_counter() - started)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
