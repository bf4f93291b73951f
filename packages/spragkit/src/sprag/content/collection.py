"""``load_markdown_tree(folder)``: every Markdown file of a folder as an ordered
:class:`Collection`, with lookup by path parts, prev/next, tags and a navigation tree."""

from __future__ import annotations

import datetime as _dt
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from .documents import (
    ContentError,
    Document,
    check_references,
    default_asset_url,
    project_path,
    read_documents,
)
from .markdown import Linker

__all__ = ["Collection", "NavItem", "load_markdown_tree"]

_SORTS = ("order", "date")


@dataclass
class NavItem:
    """One entry of the navigation tree: a document, or a folder (with its ``index.md``
    as ``document`` when it has one) and its children. The collection's own ``index.md``
    is the first entry."""

    title: str
    url: Optional[str]
    document: Optional[Document]
    children: List[NavItem] = field(default_factory=list)
    _members: Optional[frozenset] = field(default=None, init=False, repr=False, compare=False)

    def contains(self, document: Document) -> bool:
        """True when ``document`` is this item or below it (to open the current section)."""
        if self._members is None:
            found = {id(self.document)} if self.document is not None else set()
            stack = list(self.children)
            while stack:
                item = stack.pop()
                if item.document is not None:
                    found.add(id(item.document))
                stack.extend(item.children)
            self._members = frozenset(found)
        return id(document) in self._members


def _when(document: Document) -> float:
    date = document.date
    if date is None:
        return float("-inf")
    if not isinstance(date, _dt.datetime):
        date = _dt.datetime(date.year, date.month, date.day)
    if date.tzinfo is None:
        date = date.replace(tzinfo=_dt.timezone.utc)
    return date.timestamp()


def _key(document: Optional[Document], name: str, sort: str) -> Tuple[Any, ...]:
    if document is None:
        return (True, 0, name.casefold(), 0.0) if sort == "order" else (float("inf"), name)
    if sort == "date":
        return (-_when(document), document.title.casefold())
    order = document.order
    return (order is None, order or 0, document.title.casefold(), _when(document))


class Collection:
    """The published documents of a folder, in reading order.

    ``collection.get("guide/install")`` (or ``get(["guide", "install"])``), ``prev(doc)``,
    ``next(doc)``, ``tags`` (tag -> documents), ``nav`` (the tree for a sidebar) and
    ``static_paths()`` (for ``page(static_paths=...)``).
    """

    def __init__(self, root: Path, base_url: str, documents: List[Document],
                 nav: List[NavItem], drafts: bool) -> None:
        self.root = root
        self.base_url = base_url
        self.documents = documents
        self.nav = nav
        self.drafts = drafts
        self._by_parts = {d.path_parts: d for d in documents}
        self._index = {id(d): i for i, d in enumerate(documents)}
        # files (images, PDFs) under the collection that its documents link to, by URL parts
        self._files: Dict[Tuple[str, ...], Path] = {}
        for document in documents:
            for ref in document.references:
                if ref.kind == "file":
                    try:
                        self._files[ref.target.relative_to(root).parts] = ref.target
                    except ValueError:
                        pass  # outside the collection: published elsewhere (app/static)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return f"Collection({self.root}, {len(self)} documents at {self.base_url or '/'})"

    def get(self, parts: Union[str, Sequence[str], None]) -> Optional[Document]:
        """The document at ``parts`` (``"a/b"``, ``["a", "b"]``; ``""``/``[]`` = the index)."""
        if parts is None:
            parts = ()
        if isinstance(parts, str):
            parts = [p for p in parts.split("/") if p]
        return self._by_parts.get(tuple(parts))

    def file(self, parts: Union[str, Sequence[str], None]) -> Optional[Path]:
        """The file (not Markdown) at ``parts`` that a published document links to, e.g. an
        image next to it; a document route sends it (``flask.send_file``). Files no
        document links to are never served."""
        if isinstance(parts, str):
            parts = [p for p in parts.split("/") if p]
        return self._files.get(tuple(parts or ()))

    def prev(self, document: Document) -> Optional[Document]:
        """The document before ``document`` in reading order."""
        index = self._index.get(id(document))
        return self.documents[index - 1] if index else None

    def next(self, document: Document) -> Optional[Document]:
        """The document after ``document`` in reading order."""
        index = self._index.get(id(document))
        if index is None or index + 1 >= len(self.documents):
            return None
        return self.documents[index + 1]

    @property
    def tags(self) -> Dict[str, List[Document]]:
        """Tag -> its documents (reading order), tags sorted alphabetically."""
        found: Dict[str, List[Document]] = {}
        for document in self.documents:
            for tag in document.tags:
                found.setdefault(tag, []).append(document)
        return dict(sorted(found.items(), key=lambda item: item[0].casefold()))

    def tagged(self, tag: str) -> List[Document]:
        return [d for d in self.documents if tag in d.tags]

    def latest(self, count: Optional[int] = None) -> List[Document]:
        """Documents with a date, newest first (for a feed or a blog index)."""
        dated = sorted((d for d in self.documents if d.date is not None), key=_when, reverse=True)
        return dated[:count] if count is not None else dated

    def static_paths(self, param: str = "segments") -> List[Dict[str, List[str]]]:
        """``[{param: [...path parts]}]`` for every document below the index, the shape a
        ``[...segments]`` route's ``static_paths=`` returns."""
        return [{param: list(d.path_parts)} for d in self.documents if d.path_parts]


class _TreeCache:
    """Trees by their loading options, valid while the stat of their files is unchanged.

    Under ``SPRAG_MODE=production`` (``sprag serve``, ``sprag build``) a tree re-checks its
    files at most once per :data:`RECHECK_SECONDS`, so serving a page costs no directory
    scan; anywhere else every call re-checks.
    """

    def __init__(self) -> None:
        self._items: Dict[Tuple[Any, ...], Tuple[Tuple[Any, ...], Collection, float]] = {}
        self._lock = threading.Lock()

    def fresh(self, key: Tuple[Any, ...]) -> Optional[Collection]:
        """The tree when it was checked less than RECHECK_SECONDS ago in production."""
        hit = self._items.get(key)
        if hit is None or os.environ.get("SPRAG_MODE") != "production":
            return None
        return hit[1] if time.monotonic() - hit[2] < RECHECK_SECONDS else None

    def get(self, key: Tuple[Any, ...], signature: Tuple[Any, ...]) -> Optional[Collection]:
        hit = self._items.get(key)
        if hit is None or hit[0] != signature:
            return None
        self._items[key] = (signature, hit[1], time.monotonic())
        return hit[1]

    def put(self, key: Tuple[Any, ...], signature: Tuple[Any, ...], tree: Collection) -> None:
        with self._lock:
            if len(self._items) > 64:
                self._items.clear()
            self._items[key] = (signature, tree, time.monotonic())


_trees = _TreeCache()
RECHECK_SECONDS = 1.0


def _markdown_files(root: Path) -> List[Tuple[str, int, int]]:
    """Every ``*.md`` under ``root`` (skipping ``.hidden`` and ``_private`` names) with its
    mtime and size, as plain strings and ints (this runs on every uncached tree load)."""
    found: List[Tuple[str, int, int]] = []
    pending = [str(root)]
    while pending:
        folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith((".", "_")):
                    continue
                if entry.is_dir():
                    pending.append(entry.path)
                elif name.endswith(".md"):
                    info = entry.stat()
                    found.append((entry.path, info.st_mtime_ns, info.st_size))
    found.sort()
    return found


def _drafts_default() -> bool:
    return os.environ.get("SPRAG_MODE") == "dev"


def load_markdown_tree(
    folder: Union[str, Path],
    *,
    base_url: Optional[str] = None,
    sort: str = "order",
    include_drafts: Optional[bool] = None,
    allow_html: bool = False,
    asset_url: Optional[Callable[[Path], str]] = None,
) -> Collection:
    """Load every Markdown file under ``folder`` (relative paths: to the project folder).

    Documents publish at ``base_url`` (default ``/<folder name>``) + their path without
    ``.md``. ``sort="order"`` orders each folder by the ``order`` key, then title, then date;
    ``sort="date"`` puts the newest first (a blog). Drafts (``draft: true``) are hidden unless
    ``include_drafts`` (default: only under ``sprag dev``). Every relative link is checked: a
    link to a missing document raises :class:`BrokenLinkError` naming both files. Results are
    cached until a file changes (mtime and size).
    """
    if sort not in _SORTS:
        raise ValueError(f"load_markdown_tree(sort={sort!r}) must be one of {_SORTS}")
    root = project_path(folder)
    if base_url is None:
        base_url = "/" + root.name
    if base_url and not base_url.startswith("/"):
        raise ValueError(f"load_markdown_tree(base_url={base_url!r}) must start with '/'")
    base_url = base_url.rstrip("/")
    drafts = _drafts_default() if include_drafts is None else include_drafts
    linker = Linker(root, base_url, asset_url or default_asset_url)
    key = (root, linker, sort, drafts, allow_html)
    recent = _trees.fresh(key)
    if recent is not None:
        return recent  # checked less than RECHECK_SECONDS ago (production): no file system
    if not root.is_dir():
        raise ContentError(f"the content folder {root} does not exist; create it or fix the "
                           "path given to load_markdown_tree()")
    files = _markdown_files(root)
    signature = tuple(files)
    cached = _trees.get(key, signature)
    if cached is not None:
        return cached
    every = read_documents([Path(path) for path, _m, _s in files], linker, allow_html=allow_html)
    by_url: Dict[str, Document] = {}
    for document in every:
        other = by_url.setdefault(document.url, document)
        if other is not document:
            raise ContentError(f"{other.source} and {document.source} both publish at "
                               f"{document.url}; rename or remove one of them")
    published = [d for d in every if drafts or not d.draft]
    nav, ordered = _tree(root, published, sort)
    by_source = {d.source: d for d in ordered}
    hidden = {d.source: d for d in every if d.draft and not drafts}
    for document in ordered:
        check_references(document, by_source.get, hidden)
    tree = Collection(root, base_url, ordered, nav, drafts)
    _trees.put(key, signature, tree)
    return tree


def _tree(root: Path, documents: List[Document], sort: str) -> Tuple[List[NavItem], List[Document]]:
    """The navigation tree and the documents in reading order (depth first: a folder's
    ``index.md``, then its documents and subfolders interleaved by their sort keys)."""
    folders: Dict[Path, List[Document]] = {}
    for document in documents:
        folders.setdefault(document.source.parent, []).append(document)
    subfolders: Dict[Path, set] = {}  # folder -> subfolders with documents somewhere below
    for folder in folders:
        while folder != root and folder.parent != folder:
            subfolders.setdefault(folder.parent, set()).add(folder)
            folder = folder.parent
    ordered: List[Document] = []

    def index_of(folder: Path) -> Optional[Document]:
        return next((d for d in folders.get(folder, ()) if d.source.name == "index.md"), None)

    def walk(folder: Path) -> List[NavItem]:
        index = index_of(folder)
        if index is not None:
            ordered.append(index)
        entries: List[Tuple[Tuple[Any, ...], NavItem, Optional[Path]]] = [
            (_key(d, d.source.stem, sort), NavItem(d.title, d.url, d), None)
            for d in folders.get(folder, ()) if d is not index
        ]
        for sub in sorted(subfolders.get(folder, ())):
            sub_index = index_of(sub)
            title = sub_index.title if sub_index else sub.name.replace("-", " ").capitalize()
            item = NavItem(title, sub_index.url if sub_index else None, sub_index)
            entries.append((_key(sub_index, sub.name, sort), item, sub))
        entries.sort(key=lambda entry: entry[0])
        for _sort_key, item, sub in entries:
            if sub is None:
                ordered.append(item.document)  # type: ignore[arg-type]
            else:
                item.children = walk(sub)
        return [item for _sort_key, item, _sub in entries]

    nav = walk(root)
    root_index = index_of(root)
    if root_index is not None:  # the collection's front page opens the sidebar
        nav.insert(0, NavItem(root_index.title, root_index.url, root_index))
    return nav, ordered
