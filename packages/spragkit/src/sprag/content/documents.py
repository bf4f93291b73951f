"""``load_markdown_document(path)``: one Markdown file as a :class:`Document`."""

from __future__ import annotations

import datetime as _dt
import math
import os
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from .errors import BrokenLinkError, ContentError, FrontMatterError
from .frontmatter import parse_front_matter
from .markdown import Heading, Linker, Reference, path_parts, render_markdown, url_for

__all__ = ["Document", "ContentError", "BrokenLinkError", "load_markdown_document",
           "project_path", "default_asset_url"]

#: Words a reader gets through in a minute, for ``reading_time``.
WORDS_PER_MINUTE = 200
_TOC_LEVELS = (2, 3)
_IDS = re.compile(r'\sid="([^"]+)"')


@dataclass(frozen=True)
class Document:
    """A Markdown file, rendered: front matter, HTML, outline and where it is published."""

    source: Path
    path_parts: Tuple[str, ...]
    url: str
    meta: Dict[str, Any] = field(repr=False)
    title: str
    description: str
    date: Optional[Union[_dt.date, _dt.datetime]]
    draft: bool
    order: Optional[float]
    tags: Tuple[str, ...]
    html: str = field(repr=False)
    headings: Tuple[Heading, ...] = field(repr=False)
    words: int = field(repr=False)
    text: str = field(repr=False)
    references: Tuple[Reference, ...] = field(repr=False)

    @property
    def toc(self) -> Tuple[Heading, ...]:
        """The table of contents: the ``##`` and ``###`` headings."""
        return tuple(h for h in self.headings if h.level in _TOC_LEVELS)

    @property
    def reading_time(self) -> int:
        """Minutes to read, at least 1."""
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))

    @property
    def summary(self) -> str:
        """The description, or the first sentences of the text."""
        if self.description:
            return self.description
        text = " ".join(self.text.split())
        return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "..."

    @property
    def slug(self) -> str:
        return self.path_parts[-1] if self.path_parts else ""

    def anchor_ids(self) -> List[str]:
        """Every ``id`` a ``#fragment`` link to this page can target."""
        return list(_anchor_ids(self.html))


@lru_cache(maxsize=256)
def _anchor_ids(html: str) -> Tuple[str, ...]:
    # a collection checks every #fragment link: the many links to one page scan it once
    return tuple(_IDS.findall(html))


def project_path(folder: Union[str, Path]) -> Path:
    """``folder`` made absolute against the project folder (``SPRAG_PROJECT_DIR``) or cwd."""
    return _resolved(str(folder), os.environ.get("SPRAG_PROJECT_DIR") or os.getcwd())


@lru_cache(maxsize=256)
def _resolved(folder: str, base: str) -> Path:
    # resolve() costs a syscall per path component; loaders call this on every request
    path = Path(folder)
    return (path if path.is_absolute() else Path(base) / path).resolve()


def default_asset_url(path: Path) -> str:
    """The URL SPRAG serves a project file at: ``app/static/x`` -> ``/static/x``, any other
    ``app/x`` -> ``/assets/x`` (what ``page(css=[...])`` files get)."""
    root = project_path(".")
    try:
        rel = path.resolve().relative_to(root).as_posix()
    except ValueError:
        raise ValueError(f"{path} is outside the project folder {root}") from None
    if rel.startswith("app/static/"):
        return "/static/" + rel[len("app/static/"):]
    return "/assets/" + (rel[4:] if rel.startswith("app/") else rel)


def _shown(path: Path) -> str:
    """A path as the user knows it: relative to the project when inside it."""
    try:
        return path.relative_to(project_path(".")).as_posix()
    except ValueError:
        return str(path)


class _Cache:
    """Rendered documents by file, valid while the file's mtime and size are unchanged."""

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._items: Dict[Tuple[Any, ...], Tuple[Tuple[int, int], Document]] = {}
        self._lock = threading.Lock()

    def get(self, key: Tuple[Any, ...], stamp: Tuple[int, int]) -> Optional[Document]:
        hit = self._items.get(key)
        return hit[1] if hit is not None and hit[0] == stamp else None

    def put(self, key: Tuple[Any, ...], stamp: Tuple[int, int], document: Document) -> None:
        with self._lock:
            if len(self._items) >= self.limit:
                self._items.clear()
            self._items[key] = (stamp, document)


_documents = _Cache()


def _stamp(path: Path) -> Tuple[int, int]:
    info = path.stat()
    return info.st_mtime_ns, info.st_size


def read_documents(paths: List[Path], linker: Linker, *, allow_html: bool = False,
                   ) -> List[Document]:
    """``read_document`` for each path; inside ``parallel_rendering()`` the uncached ones of
    a big collection are rendered by forked workers first."""
    from .parallel import render_all

    todo = []
    for path in paths:
        try:
            if _documents.get((path, linker, allow_html), _stamp(path)) is None:
                todo.append(path)
        except OSError:
            todo.append(path)
    if todo:
        render_all(
            todo,
            render=lambda path: _render(path, linker, allow_html),
            remember=lambda path, when, doc: _documents.put((path, linker, allow_html), when, doc),
            stamp=_stamp,
        )
    return [read_document(path, linker, allow_html=allow_html) for path in paths]


def read_document(path: Path, linker: Linker, *, allow_html: bool = False) -> Document:
    """Parse and render ``path`` (cached by mtime); links are rewritten but not checked."""
    try:
        stamp = _stamp(path)
    except FileNotFoundError:
        raise ContentError(f"{_shown(path)} does not exist") from None
    key = (path, linker, allow_html)
    cached = _documents.get(key, stamp)
    if cached is not None:
        return cached
    document = _render(path, linker, allow_html)
    _documents.put(key, stamp, document)
    return document


def _render(path: Path, linker: Linker, allow_html: bool) -> Document:
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{shown} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    front = parse_front_matter(text, shown)
    rendered = render_markdown(front.body, source=path, linker=linker,
                               first_line=front.body_line, allow_html=allow_html)
    for line, raw, reason in rendered.broken:
        raise BrokenLinkError(shown, line, raw, reason.replace(f"{project_path('.')}{os.sep}", ""))
    values = front.values
    fields = _known_fields(values, front.lines, shown)
    title = fields.pop("title") or rendered.title or _title_from_name(path)
    document = Document(
        source=path,
        path_parts=path_parts(linker.root, path),
        url=url_for(linker.root, linker.base_url, path),
        meta=dict(values),
        title=title,
        html=rendered.html,
        headings=tuple(rendered.headings),
        words=len(rendered.text.split()),
        text=rendered.text,
        references=tuple(rendered.references),
        **fields,
    )
    return document


def _title_from_name(path: Path) -> str:
    name = path.parent.name if path.stem == "index" else path.stem
    return name.replace("-", " ").replace("_", " ").strip().capitalize() or "Untitled"


def _known_fields(values: Dict[str, Any], lines: Dict[str, int], shown: str) -> Dict[str, Any]:
    """The front matter keys SPRAG reads, checked: a wrong type names the file and line."""

    def fail(key: str, message: str) -> FrontMatterError:
        return FrontMatterError(shown, lines.get(key, 1), f"{key}: {message}")

    out: Dict[str, Any] = {}
    for key in ("title", "description"):
        value = values.get(key)
        if isinstance(value, bool) or isinstance(value, (list, _dt.date)):
            raise fail(key, f"expected text, got {value!r} (put it in quotes)")
        out[key] = "" if value is None else str(value)
    date = values.get("date")
    if date is not None and not isinstance(date, _dt.date):
        raise fail("date", f"expected a date like 2024-05-01, got {date!r}")
    out["date"] = date
    draft = values.get("draft", False)
    if not isinstance(draft, bool):
        raise fail("draft", f"expected true or false, got {draft!r}")
    out["draft"] = draft
    order = values.get("order")
    if order is not None and (isinstance(order, bool) or not isinstance(order, (int, float))):
        raise fail("order", f"expected a number, got {order!r}")
    out["order"] = order
    tags = values.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, (str, int)) and not isinstance(t, bool) for t in tags):
        raise fail("tags", f"expected a list of words like [python, web], got {tags!r}")
    out["tags"] = tuple(dict.fromkeys(str(t) for t in tags))
    return out


def check_references(document: Document, exists: Callable[[Path], Optional[Document]],
                     drafts: Optional[Dict[Path, Document]] = None) -> None:
    """Raise :class:`BrokenLinkError` for the first link of ``document`` whose target is
    missing; ``exists(path)`` returns the published Document at ``path`` (or None), and
    ``drafts`` holds the collection's hidden drafts by file."""
    for ref in document.references:
        if ref.kind == "file":
            if not ref.target.is_file():
                raise BrokenLinkError(_shown(document.source), ref.line, ref.raw,
                                      f"{_shown(ref.target)} does not exist")
            continue
        target = exists(ref.target)
        if target is None:
            shown = _shown(ref.target)
            if drafts is not None and ref.target in drafts:
                reason = f"{shown} is a draft (not published outside sprag dev)"
            elif ref.target.is_file():
                reason = (f"{shown} is not part of the collection (files and folders whose "
                          "name starts with . or _ are skipped)")
            else:
                reason = f"{shown} does not exist"
            raise BrokenLinkError(_shown(document.source), ref.line, ref.raw, reason)
        if ref.fragment and ref.fragment not in target.anchor_ids():
            raise BrokenLinkError(_shown(document.source), ref.line, ref.raw,
                                  f"{_shown(ref.target)} has no heading #{ref.fragment}")


def load_markdown_document(
    path: Union[str, Path],
    *,
    root: Union[str, Path, None] = None,
    base_url: str = "",
    allow_html: bool = False,
    asset_url: Optional[Callable[[Path], str]] = None,
) -> Document:
    """Load one Markdown file: front matter, HTML, table of contents, reading time.

    Relative links to other ``.md`` files resolve to their URLs as if ``root`` (default: the
    file's folder) were published at ``base_url``; a link to a missing file raises
    :class:`BrokenLinkError` naming both files. Raw HTML is escaped unless ``allow_html``.
    """
    source = project_path(path)
    folder = project_path(root) if root is not None else source.parent
    linker = Linker(folder, base_url, asset_url or default_asset_url)
    document = read_document(source, linker, allow_html=allow_html)

    def exists(target: Path) -> Optional[Document]:
        if not target.is_file():
            return None
        return read_document(target, linker, allow_html=allow_html)

    check_references(document, exists)
    return document
