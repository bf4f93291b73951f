"""The validation stage: start the packed server and ask it for everything it should serve.

``python server.py`` runs in the packed folder on a free port (exactly what a deploy runs).
Then: every static route answers 200 (or 401/403 when it needs a signed-in user; redirects
are followed), and so does every local page they link to (crawled breadth first, up to
``MAX_PAGES``); every file of the manifest answers 200
with its content type and its exact bytes, and with ``Content-Encoding: br``/``gzip`` and the
bytes of its ``.br``/``.gz`` sibling when the client accepts them; every local URL a page or a
stylesheet references (``src``, ``href``, ``srcset``, ``url()``, ``@import``) answers below 400.
Each failure is one line naming the URL; any failure fails the pack.
"""

from __future__ import annotations

import gzip
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

from ...assets.served import content_type_for
from .artifact import Artifact
from .bytecode import PackError

__all__ = ["validate", "Validation", "page_references"]

_ATTR_REFS = re.compile(r"""\s(?:src|href|data-src|poster)\s*=\s*["']([^"']*)["']""", re.I)
_SRCSET = re.compile(r"""\s(?:srcset|data-srcset)\s*=\s*["']([^"']*)["']""", re.I)
_CSS_REFS = re.compile(r"""url\(\s*["']?([^"')]+?)["']?\s*\)|@import\s*["']([^"']+)["']""")
_SKIP = ("/__sprag__/actions", "/socket.io", "/__sprag__/events")
STARTUP_SECONDS = 60.0
_GUARDED = (401, 403)
_FILE_PREFIXES = ("/static/", "/assets/", "/__sprag__/")
MAX_PAGES = 500  # linked pages crawled beyond the static routes  # a route behind @requires_auth answers an anonymous request this way


@dataclass
class Validation:
    """What validation checked, and each failure as ``METHOD URL -> what was wrong``."""

    checked: int = 0
    failures: List[str] = field(default_factory=list)


def _local(ref: str) -> Optional[str]:
    ref = unescape(ref.strip())
    if not ref.startswith("/") or ref.startswith("//"):
        return None
    path = ref.split("#", 1)[0]
    return None if path.startswith(_SKIP) else path or None


def page_references(html: str) -> Set[str]:
    """Local URLs an HTML page loads or links to."""
    found = {_local(m.group(1)) for m in _ATTR_REFS.finditer(html)}
    for match in _SRCSET.finditer(html):
        for candidate in match.group(1).split(","):
            found.add(_local(candidate.strip().split(" ", 1)[0]))
    for match in _CSS_REFS.finditer(html):  # <style> blocks and style="" attributes
        found.add(_local(match.group(1) or match.group(2)))
    found.discard(None)
    return found  # type: ignore[return-value]


def _css_references(text: str) -> Set[str]:
    found = {_local(m.group(1) or m.group(2)) for m in _CSS_REFS.finditer(text)}
    found.discard(None)
    return found  # type: ignore[return-value]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(base: str, url: str, encoding: Optional[str] = None) -> Tuple[int, Dict[str, str], bytes]:
    headers = {"Accept": "text/html,*/*", "Accept-Encoding": encoding or "identity"}
    request = urllib.request.Request(base + url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


class _Server:
    """``python server.py`` in the packed folder, in its own process group."""

    def __init__(self, folder: Path) -> None:
        self.port = _free_port()
        self.log = folder.parent / f".{folder.name}.validate.log"
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
        env.pop("SPRAG_BUILD_DIR", None)
        # production refuses to serve without SECRET_KEY; the check runs with a throwaway one
        env.setdefault("SECRET_KEY", secrets.token_urlsafe(32))
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "server.py", "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=str(folder), stdout=log, stderr=subprocess.STDOUT, env=env,
                start_new_session=True,
            )
        self.base = f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        try:
            return self.log.read_text(errors="replace").strip()
        except OSError:
            return ""

    def wait_ready(self, first_url: str) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise PackError(f"the packed server exited with code {self.proc.returncode} before "
                                f"answering:\n{self.output()}")
            try:
                _get(self.base, first_url)
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        raise PackError(f"the packed server did not answer {first_url} within {STARTUP_SECONDS:.0f} s:"
                        f"\n{self.output()}")

    def stop(self) -> None:
        try:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGTERM)
                try:
                    self.proc.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                    self.proc.wait()
        except ProcessLookupError:
            pass
        self.log.unlink(missing_ok=True)


def _decoded(body: bytes, encoding: str) -> Optional[bytes]:
    try:
        if encoding == "gzip":
            return gzip.decompress(body)
        import brotli

        return brotli.decompress(body)
    except Exception:  # noqa: BLE001 - any decoding error is the failure being reported
        return None


def _check_file(base: str, artifact: Artifact, url: str, result: Validation) -> Optional[bytes]:
    status, headers, body = _get(base, url)
    result.checked += 1
    if status != 200:
        result.failures.append(f"GET {url} -> {status} (a file of the manifest)")
        return None
    expected = content_type_for(url)
    got = headers.get("content-type", "").split(";")[0].strip()
    if got != expected:
        result.failures.append(f"GET {url} -> Content-Type {got or 'missing'} (expected {expected})")
    if body != artifact.read(url):
        result.failures.append(f"GET {url} -> a body that is not the file in public{url}")
    for suffix, encoding in ((".br", "br"), (".gz", "gzip")):
        sibling = artifact.path(url + suffix)
        if not sibling.is_file():
            continue
        status, headers, encoded = _get(base, url, encoding)
        result.checked += 1
        if status != 200 or headers.get("content-encoding") != encoding:
            result.failures.append(f"GET {url} (Accept-Encoding: {encoding}) -> {status}, "
                                   f"Content-Encoding {headers.get('content-encoding', 'none')}")
        elif encoded != sibling.read_bytes():
            result.failures.append(f"GET {url} (Accept-Encoding: {encoding}) -> not the bytes of {sibling.name}")
        elif _decoded(encoded, encoding) != body:
            result.failures.append(f"GET {url} (Accept-Encoding: {encoding}) -> {sibling.name} does not "
                                   f"decode to the file")
    return body


def static_routes(artifact: Artifact) -> List[str]:
    """Every route and mount path of the manifest that has no dynamic segment."""
    return sorted(p for p in artifact.manifest.get("surfaces", {}) if "[" not in p)


def _is_file_url(url: str) -> bool:
    return url.startswith(_FILE_PREFIXES) or "." in url.rsplit("/", 1)[-1]


def _crawl(base: str, routes: List[str], result: Validation, referenced: Dict[str, str]) -> None:
    """Every static route, then the local pages they link to (breadth first, at most
    ``MAX_PAGES``): each answers, and what each HTML page references is collected."""
    queue = deque(routes)
    seen = set(routes)
    static = set(routes)
    while queue and len(seen) <= MAX_PAGES + len(static):
        url = queue.popleft()
        status, headers, body = _get(base, url)
        result.checked += 1
        where = "a static route" if url in static else f"linked from {referenced.get(url, '?')}"
        if status in _GUARDED:
            continue  # the route answers, but only to a signed-in user
        if status >= 400 or (url in static and status != 200):
            result.failures.append(f"GET {url} -> {status} ({where})")
            continue
        if not headers.get("content-type", "").startswith("text/html"):
            continue  # a route may answer a feed, JSON, a sitemap...
        for ref in sorted(page_references(body.decode("utf-8", "replace"))):
            referenced.setdefault(ref, url)
            if ref not in seen and not _is_file_url(ref):
                seen.add(ref)
                queue.append(ref)


def validate(artifact: Artifact) -> Validation:
    """Start the packed server and check every route, file and reference (see the module)."""
    result = Validation()
    routes = static_routes(artifact)
    server = _Server(artifact.root)
    try:
        server.wait_ready(routes[0] if routes else "/")
        referenced: Dict[str, str] = {}
        _crawl(server.base, routes, result, referenced)
        pages = {r for r in referenced if not _is_file_url(r)} | set(routes)
        files = set(artifact.files)
        for url in sorted(files):
            body = _check_file(server.base, artifact, url, result)
            if body is not None and url.endswith(".css"):
                for ref in _css_references(body.decode("utf-8", "replace")):
                    referenced.setdefault(ref, url)
        for ref, where in sorted(referenced.items()):
            if ref in files or ref in pages:
                continue  # checked above
            status, _, _ = _get(server.base, ref)
            result.checked += 1
            if status >= 400:
                result.failures.append(f"GET {ref} -> {status} (referenced by {where})")
    finally:
        server.stop()
    return result
