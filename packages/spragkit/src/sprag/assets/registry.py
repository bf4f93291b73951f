"""Static files and declared assets, content-hashed in production (the SmartStatic scheme).

``app/static/x/y.png`` is published at ``/static/x/y.png``; any other declared local file
(``css=["app/routes/counter/counter.css"]``) at ``/assets/routes/counter/counter.css``. In
production every URL carries a 12-hex content hash before the extension
(``/static/x/y.3f2a9c0b1d4e.png``), CSS ``url()`` and ``@import`` references are rewritten to
the hashed URLs, and hashed files are served ``immutable``. In dev files are read fresh.

Nothing else under the project is ever served: ``/static/`` is ``app/static/**`` (no
dot-files, no symlink leaving the folder) and ``/assets/`` is exactly the declared files plus
what their CSS references; there is no fallback to the project folder (see ``paths.py``).
"""

from __future__ import annotations

import posixpath
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Set, Tuple

from .paths import BadPath, contained, request_parts
from .served import ServedFile, content_type_for, send, short_hash

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Flask, Response

__all__ = ["AssetRegistry", "hashed_name", "rewrite_css"]

_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+?)\1\s*\)""")
_CSS_IMPORT = re.compile(r"""@import\s+(['"])([^'"]+)\1""")
_EXTERNAL = ("http://", "https://", "//", "data:", "#", "about:", "blob:")


def hashed_name(url: str, digest: str) -> str:
    """``/static/a/b.css`` -> ``/static/a/b.<digest>.css``."""
    head, _, name = url.rpartition("/")
    stem, dot, ext = name.partition(".")
    return f"{head}/{stem}.{digest}{dot}{ext}" if dot else f"{head}/{name}.{digest}"


def rewrite_css(text: str, css_url: str, resolve) -> str:
    """Rewrite ``url()`` and ``@import`` targets through ``resolve(absolute_url) -> url|None``."""

    def target(ref: str) -> Optional[str]:
        ref = ref.strip()
        if not ref or ref.startswith(_EXTERNAL):
            return None
        path, sep, suffix = ref.partition("?")
        path, hsep, frag = path.partition("#")
        tail = (sep + suffix if sep else "") + (hsep + frag if hsep else "")
        absolute = path if path.startswith("/") else posixpath.normpath(
            posixpath.join(posixpath.dirname(css_url), path)
        )
        new = resolve(absolute)
        return None if new is None else new + tail

    def sub_url(m: re.Match[str]) -> str:
        new = target(m.group(2))
        return m.group(0) if new is None else f"url({m.group(1)}{new}{m.group(1)})"

    def sub_import(m: re.Match[str]) -> str:
        new = target(m.group(2))
        return m.group(0) if new is None else f"@import {m.group(1)}{new}{m.group(1)}"

    return _CSS_IMPORT.sub(sub_import, _CSS_URL.sub(sub_url, text))


class AssetRegistry:
    """Maps project files to public URLs and serves them."""

    def __init__(
        self,
        project_dir: Path,
        static_dir: str = "app/static",
        *,
        dev: bool = True,
        declared: Sequence[str] = (),
        shell: Any = None,
        surfaces: Sequence[Any] = (),
        prebuilt: Any = None,
    ) -> None:
        """``declared``: extra files (``App(assets=...)``); ``shell`` and ``surfaces`` declare
        theirs (css, js, modules); ``prebuilt``: a build whose asset table is served as is."""
        self.root = Path(project_dir)
        self.static_root = (self.root / static_dir).resolve()
        self.dev = dev
        self.declared_assets = tuple(declared)
        self.shell = shell
        self.surfaces = list(surfaces)
        self.prebuilt = prebuilt
        self._lock = threading.RLock()  # hashed_table() -> compute() -> public_assets()
        self._hashed: Optional[Dict[str, str]] = None  # logical url -> hashed url
        self._table: Dict[str, ServedFile] = {}  # hashed url -> file
        self._public: Optional[Dict[str, Path]] = None  # /assets/ url -> declared file
        self._logical: Dict[str, ServedFile] = {}  # production: unhashed url -> file

    # -- naming --------------------------------------------------------------------------------

    def logical_url(self, ref: str) -> str:
        """The unhashed public URL of a project-relative path (URLs pass through)."""
        if ref.startswith(_EXTERNAL) or ref.startswith("/"):
            return ref
        path = (self.root / ref).resolve()
        try:
            return "/static/" + path.relative_to(self.static_root).as_posix()
        except ValueError:
            pass
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            raise ValueError(f"asset {ref!r} is outside the project folder {self.root}") from None
        if not path.is_file():
            raise FileNotFoundError(f"asset {ref!r} not found (looked at {path})")
        return "/assets/" + (rel[4:] if rel.startswith("app/") else rel)

    def file_for(self, logical: str) -> Optional[Path]:
        """The public file behind an unhashed URL, or None; :class:`BadPath` if malformed."""
        if logical.startswith("/static/"):
            parts = request_parts(logical[len("/static/"):])
            return None if parts is None else contained(self.static_root, parts)
        if logical.startswith("/assets/"):
            if request_parts(logical[len("/assets/"):]) is None:
                return None
            return self.public_assets().get(logical)
        return None

    def public_assets(self) -> Dict[str, Path]:
        """``/assets/`` URL -> file: every declared local file and what their CSS references.

        Computed once (``sprag dev`` restarts the app when a file changes). A declared file
        that is missing is left out here; the page that declares it reports it.
        """
        if self._public is None:
            with self._lock:
                if self._public is None:
                    self._public = self._collect_public()
        return self._public

    def _collect_public(self) -> Dict[str, Path]:
        found: Dict[str, Path] = {}
        pending: List[str] = []
        for ref in self.declared():
            try:
                logical = self.logical_url(ref)
            except (ValueError, FileNotFoundError):
                continue
            if logical.startswith("/assets/"):
                pending.append(logical)
        while pending:
            logical = pending.pop()
            if logical in found:
                continue
            path = self._project_file(logical[len("/assets/"):])
            if path is None:
                continue
            found[logical] = path
            if logical.endswith(".css"):
                text = path.read_text(encoding="utf-8", errors="replace")
                rewrite_css(text, logical, lambda url: pending.append(url) if url.startswith("/assets/") else None)
        return found

    def _project_file(self, rel: str) -> Optional[Path]:
        """The file an ``/assets/`` name stands for: under ``app/`` first, then the project."""
        try:
            parts = request_parts(rel)
        except BadPath:
            return None
        if parts is None:
            return None
        return contained(self.root / "app", parts) or contained(self.root, parts)

    def declared(self) -> List[str]:
        """Every local asset the app declares (shells, surfaces, App(assets=...))."""
        refs: List[str] = list(self.declared_assets)
        shells = ([self.shell] if self.shell else []) + [s.shell for s in self.surfaces if s.shell]
        for sh in shells:
            refs += list(sh.css) + list(sh.js)
        for surface in self.surfaces:
            refs += surface.css + surface.js
            refs += [m.src for m in surface.modules.values() if not m.is_remote]
        return [r for r in refs if not r.startswith(_EXTERNAL) and not r.startswith("/")]

    def url(self, ref: str) -> str:
        """The URL a page should use for ``ref`` (hashed in production)."""
        logical = self.logical_url(ref)
        if self.dev or not logical.startswith(("/static/", "/assets/")):
            return logical
        return self.hashed_table().get(logical, logical)

    # -- production table ----------------------------------------------------------------------

    def all_logical(self) -> List[str]:
        urls: Set[str] = set()
        if self.static_root.is_dir():
            for path in self.static_root.rglob("*"):
                rel = path.relative_to(self.static_root)
                if contained(self.static_root, rel.parts) is not None and not any(
                        p.startswith(".") for p in rel.parts):
                    urls.add("/static/" + rel.as_posix())
        for ref in self.declared():
            urls.add(self.logical_url(ref))
        urls.update(self.public_assets())
        return sorted(urls)

    def hashed_table(self) -> Dict[str, str]:
        """logical URL -> hashed URL for every file (computed once)."""
        if self._hashed is None:
            with self._lock:
                if self._hashed is None:
                    self._build()
        return self._hashed  # type: ignore[return-value]

    def _build(self) -> None:
        prebuilt = self.prebuilt
        if prebuilt is not None:
            self._table = prebuilt.asset_files()
            self._hashed = prebuilt.assets()
            return
        self._hashed, self._table = self.compute()

    def compute(self) -> Tuple[Dict[str, str], Dict[str, ServedFile]]:
        """Hash every file from the sources: (logical URL -> hashed URL, hashed URL -> file)."""
        hashed: Dict[str, str] = {}
        table: Dict[str, ServedFile] = {}
        visiting: Set[str] = set()

        def resolve(logical: str) -> Optional[str]:
            if logical in hashed:
                return hashed[logical]
            path = self.file_for(logical)
            if path is None:
                return None
            if logical in visiting:  # an @import cycle: leave that reference unhashed
                return None
            visiting.add(logical)
            body = path.read_bytes()
            if logical.endswith(".css"):
                text = body.decode("utf-8", "replace")
                body = rewrite_css(text, logical, resolve).encode("utf-8")
            url = hashed_name(logical, short_hash(body))
            visiting.discard(logical)
            hashed[logical] = url
            table[url] = ServedFile(body, content_type_for(logical), immutable=True)
            return url

        for logical in self.all_logical():
            resolve(logical)
        return hashed, table

    def production_files(self) -> Dict[str, ServedFile]:
        """hashed URL -> file (what ``sprag build`` writes)."""
        self.hashed_table()
        return dict(self._table)

    # -- serving -------------------------------------------------------------------------------

    def register_routes(self, flask: Flask) -> None:
        flask.add_url_rule("/static/<path:rel>", "sprag_static", lambda rel: self.serve("/static/" + rel))
        flask.add_url_rule("/assets/<path:rel>", "sprag_assets", lambda rel: self.serve("/assets/" + rel))

    def serve(self, url: str) -> Response:
        """Answer a /static/ or /assets/ request: 200, 404 (not public) or 400 (malformed)."""
        from flask import abort

        try:
            request_parts(url.split("/", 2)[2])
            served = self._served(url)
        except BadPath:
            abort(400)
        if served is None:
            abort(404)
        return send(served)

    def _served(self, url: str) -> Optional[ServedFile]:
        if not self.dev:
            table = self.hashed_table()
            served = self._table.get(url)
            if served is None and url in table:  # an unhashed URL: same file, revalidated
                served = self._logical.get(url)
                if served is None:
                    original = self._table[table[url]]
                    served = ServedFile.precompressed(original.body, original.content_type, False,
                                                      original.variants)
                    self._logical[url] = served
            return served
        path = self.file_for(url)
        if path is None:
            return None
        return ServedFile(path.read_bytes(), content_type_for(url), immutable=False)
