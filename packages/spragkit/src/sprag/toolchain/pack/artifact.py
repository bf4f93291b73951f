"""The build folder being packed: its manifest, its public files, and renames by content hash.

Every stage works on one ``Artifact`` (a staging copy of the ``sprag build`` output). A stage
that changes a hashed file calls ``replace(url, body)``: the file gets the name of its new
content hash, its stale ``.gz``/``.br`` siblings go, and the manifest (``files`` and the
``assets`` map the server resolves URLs with) follows, so hashed URLs stay immutable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Set, Tuple

from ...assets.registry import hashed_name
from ...assets.served import short_hash

__all__ = ["Artifact", "kind_of", "KINDS", "ENCODED_SUFFIXES"]

MANIFEST = "manifest.json"
ENCODED_SUFFIXES = (".gz", ".br")
KINDS = ("JS", "CSS", "HTML", "Images", "Python", "Other")
_BY_SUFFIX = {".js": "JS", ".mjs": "JS", ".css": "CSS", ".html": "HTML", ".htm": "HTML",
              ".py": "Python", ".pyc": "Python"}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico")


def kind_of(name: str) -> str:
    """The summary row a file counts in: JS, CSS, HTML, Images, Python or Other."""
    suffix = Path(name).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "Images"
    return _BY_SUFFIX.get(suffix, "Other")


@dataclass
class Artifact:
    """A ``sprag build`` output folder, loaded for packing."""

    root: Path
    manifest: Dict[str, Any]
    renamed: Dict[str, str] = field(default_factory=dict)  # old hashed URL -> new hashed URL
    notes: List[str] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path) -> Artifact:
        path = root / MANIFEST
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FileNotFoundError(
                f"{root} is not a SPRAG build: it has no {MANIFEST} (run `sprag build` first)"
            ) from None
        except ValueError as exc:
            raise ValueError(f"{path} is not valid JSON ({exc}); run `sprag build` again") from None
        if not isinstance(manifest.get("files"), list):
            raise ValueError(f"{path} lists no files; run `sprag build` again")
        return cls(root, manifest)

    # -- files ---------------------------------------------------------------------------------

    @property
    def files(self) -> List[str]:
        """Every public URL the build serves (hashed)."""
        return list(self.manifest["files"])

    def path(self, url: str) -> Path:
        return self.root / "public" / url.lstrip("/")

    def read(self, url: str) -> bytes:
        return self.path(url).read_bytes()

    def logical(self, url: str) -> Optional[str]:
        """The unhashed URL of a hashed asset (None for bundler output)."""
        for logical, hashed in self.manifest.get("assets", {}).items():
            if hashed == url:
                return logical
        return None

    def _drop_encoded(self, url: str) -> None:
        for suffix in ENCODED_SUFFIXES:
            sibling = self.path(url + suffix)
            if sibling.exists():
                sibling.unlink()

    def replace(self, url: str, body: bytes) -> str:
        """Write ``body`` for ``url``; a hashed asset moves to its new content hash. The URL it
        is served at now."""
        logical = self.logical(url)
        new = hashed_name(logical, short_hash(body)) if logical is not None else url
        self._drop_encoded(url)
        if new == url:
            self.path(url).write_bytes(body)
            return url
        self.path(url).unlink()
        target = self.path(new)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        files = self.manifest["files"]
        files[files.index(url)] = new
        self.manifest["assets"][logical] = new
        self.renamed[url] = new
        for old, current in list(self.renamed.items()):
            if current == url:
                self.renamed[old] = new
        return new

    def add(self, logical: str, body: bytes) -> str:
        """Publish a new file (an image variant) under ``logical`` hashed by its content."""
        url = hashed_name(logical, short_hash(body))
        target = self.path(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        if url not in self.manifest["files"]:
            self.manifest["files"].append(url)
        return url

    def app_files(self, *suffixes: str) -> List[Path]:
        """Files of the copied ``app/`` package with one of ``suffixes`` (sorted)."""
        base = self.root / "app"
        if not base.is_dir():
            return []
        return sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in suffixes
                      and "__pycache__" not in p.parts)

    def save(self) -> None:
        self.manifest["files"] = sorted(self.manifest["files"])
        (self.root / MANIFEST).write_text(json.dumps(self.manifest, indent=2, sort_keys=True),
                                          encoding="utf-8")

    # -- sizes ---------------------------------------------------------------------------------

    def sizes(self) -> Dict[str, Dict[str, int]]:
        """Per kind: files, raw bytes and gzip bytes (the .gz sibling, else the raw size) of
        what the artifact serves and runs: public files, app Python and HTML templates.

        A packed image counts as what a browser at full width downloads (its WebP sibling
        when there is one); the smaller width variants are tallied apart, under ``Images``
        as ``variant_files``/``variant_bytes``."""
        totals = {k: {"files": 0, "raw": 0, "gzip": 0} for k in KINDS}
        totals["Images"].update(variant_files=0, variant_bytes=0)
        variants, full_width = self._image_variants()

        def count(path: Path, name: str) -> None:
            row = totals[kind_of(name)]
            raw = path.stat().st_size
            gz = path.with_name(path.name + ".gz")
            row["files"] += 1
            row["raw"] += raw
            row["gzip"] += gz.stat().st_size if gz.is_file() else raw

        for url in self.files:
            path = self.path(url)
            if not path.is_file():
                continue
            if url in variants:
                totals["Images"]["variant_files"] += 1
                totals["Images"]["variant_bytes"] += path.stat().st_size
                continue
            count(self.path(full_width.get(url, url)), url)
        for path in self.app_files(".py", ".pyc", ".html"):
            count(path, path.name)
        server = self.root / "server.py"
        if server.is_file():
            count(server, server.name)
        return totals

    def _image_variants(self) -> Tuple[Set[str], Dict[str, str]]:
        """(URLs of image variants, packed image URL -> its full-width WebP URL)."""
        variants: Set[str] = set()
        full_width: Dict[str, str] = {}
        for entry in self.manifest.get("images", {}).values():
            variants.update(u for u, _ in entry.get("srcset", ()) if u != entry["src"])
            for url, width in entry.get("webp", ()):
                variants.add(url)
                if width == entry["width"]:
                    full_width[entry["src"]] = url
        return variants, full_width
