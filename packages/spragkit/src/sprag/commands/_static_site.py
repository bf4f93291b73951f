"""Export the concrete pages of an app as a static site, through its own WSGI app.

Every page is fetched with Flask's test client exactly as a browser would get it, then every
local file it references (stylesheets, scripts, their imports, CSS ``url()``s, source maps,
``app/static``) is fetched and written next to it, so the folder can be served by any static
file host.
"""

from __future__ import annotations

import posixpath
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, List, Optional, Set, Tuple
from urllib.parse import urljoin, urlsplit

__all__ = ["StaticPage", "StaticExport", "concrete_paths", "export_static"]

_HTML_REFS = re.compile(r"""(?:src|href)\s*=\s*["']([^"'#]+)["']""", re.I)
_JS_REFS = re.compile(
    r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']|sourceMappingURL=(\S+)"""
)
_CSS_REFS = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']""")
_SKIP_PREFIXES = ("/__sprag__/actions", "/socket.io")


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

    @property
    def failed(self) -> List[StaticPage]:
        return [p for p in self.pages if not p.ok]


def concrete_paths(surfaces: Iterable[Any]) -> Tuple[List[Tuple[Any, str]], List[Tuple[str, str]]]:
    """URLs to export, with the surfaces they come from, and the (path, reason) skipped.

    A dynamic route is expanded with its ``static_paths()`` (a list of parameter dicts).
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


def _local_refs(base_url: str, text: str, kind: str) -> Set[str]:
    if kind == "html":
        raw = _HTML_REFS.findall(text)
    elif kind == "css":
        raw = [a or b for a, b in _CSS_REFS.findall(text)]
    else:
        raw = [a or b for a, b in _JS_REFS.findall(text)]
    found = set()
    for ref in raw:
        ref = ref.strip()
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


def export_static(
    app: Any,
    output: Path,
    *,
    static_files: Iterable[str] = (),
    on_page: Optional[Callable[[StaticPage], None]] = None,
) -> StaticExport:
    """Fetch every concrete page and the files it needs into ``output``."""
    result = StaticExport()
    # Pages of a static export carry no CSRF token (there is no server to check it) and tell
    # the browser runtime that actions are unavailable (a clear console error when called).
    app.static_export = True
    client = app.flask.test_client()
    targets, result.skipped = concrete_paths(app.surfaces)
    pending: List[str] = []
    page_urls = {url for _, url in targets}
    for _surface, url in targets:
        started = time.perf_counter()
        try:
            response = client.get(url, headers={"Accept": "text/html"})
            if response.status_code != 200:
                raise RuntimeError(f"GET {url} answered {response.status_code}")
            body = response.get_data()
            rel = _file_for(url, html=True)
            _write(output / rel, body)
            pending.extend(_local_refs(url, body.decode("utf-8", "replace"), "html"))
            page = StaticPage(url, True, rel, seconds=time.perf_counter() - started)
        except Exception as exc:  # one broken page must not stop the others
            page = StaticPage(url, False, error=f"{type(exc).__name__}: {exc}",
                              seconds=time.perf_counter() - started)
        result.pages.append(page)
        if on_page is not None:
            on_page(page)
    pending.extend(static_files)
    seen: Set[str] = set()
    while pending:
        url = pending.pop()
        if url in seen or url in page_urls:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            continue  # a link to a page that is not exported, or a missing file
        content_type = response.headers.get("Content-Type", "")
        kind = _kind(url, content_type)
        if kind == "html":
            continue
        body = response.get_data()
        rel = _file_for(url, html=False)
        _write(output / rel, body)
        result.files.append(rel)
        if kind in ("css", "js"):
            pending.extend(_local_refs(url, body.decode("utf-8", "replace"), kind))
    return result


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
