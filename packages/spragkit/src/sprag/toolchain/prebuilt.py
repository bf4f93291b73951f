"""Production from a build: serve the hashed, precompressed files ``sprag build`` wrote.

An App in production mode uses a build when one is given (``App(build_dir=)`` or the
``SPRAG_BUILD_DIR`` environment variable: a missing manifest there is an error) or when the
project's own ``dist/`` holds a build whose source fingerprint matches the project as it is
now (a stale ``dist/`` is ignored with a log line). Then nothing is compiled: modules,
assets and their ``.gz``/``.br`` siblings are read from ``public/`` and the manifest maps
surfaces to their entry and preloads.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

from ..assets.served import ServedFile, content_type_for

__all__ = ["Prebuilt", "find_build", "source_fingerprint", "MANIFEST"]

MANIFEST = "manifest.json"
log = logging.getLogger("sprag")


def source_fingerprint(project_dir: Path) -> str:
    """A digest of everything under ``app/`` (names and contents) and the tool versions."""
    import sprag_codegen

    from .. import __version__

    digest = hashlib.sha256()
    digest.update(f"spragkit {__version__} codegen {getattr(sprag_codegen, '__version__', '?')}\0".encode())
    base = project_dir / "app"
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(base)
        if not path.is_file() or "__pycache__" in rel.parts or path.suffix == ".pyc":
            continue
        if any(p.startswith(".") for p in rel.parts):
            continue
        digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass
class Prebuilt:
    """A loaded build: manifest and the files it lists, held in memory."""

    folder: Path
    manifest: Dict[str, Any]
    files: Dict[str, ServedFile] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Prebuilt:
        path = folder / MANIFEST
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FileNotFoundError(
                f"{folder} is not a SPRAG build: it has no {MANIFEST} (run `sprag build` to make one)"
            ) from None
        except ValueError as exc:
            raise ValueError(f"{path} is not valid JSON ({exc}); run `sprag build` again") from None
        built = cls(folder, manifest)
        public = folder / "public"
        for url in manifest.get("files", []):
            target = public / url.lstrip("/")
            try:
                body = target.read_bytes()
            except FileNotFoundError:
                raise FileNotFoundError(
                    f"the build in {folder} lists {url} but {target} is missing; run `sprag build` again"
                ) from None
            variants = {}
            for encoding, suffix in (("gzip", ".gz"), ("br", ".br")):
                sibling = target.with_name(target.name + suffix)
                if sibling.is_file():
                    variants[encoding] = sibling.read_bytes()
            built.files[url] = ServedFile.precompressed(body, content_type_for(url), True, variants)
        return built

    def surface(self, path: str) -> Optional[Dict[str, Any]]:
        return self.manifest.get("surfaces", {}).get(path)

    def assets(self) -> Dict[str, str]:
        return dict(self.manifest.get("assets", {}))

    def js_files(self) -> Dict[str, ServedFile]:
        return {u: f for u, f in self.files.items() if u.startswith("/__sprag__/js/")}

    def asset_files(self) -> Dict[str, ServedFile]:
        return {u: f for u, f in self.files.items() if not u.startswith("/__sprag__/js/")}

    def images(self) -> Any:
        """The packed images (``sprag pack``) as an ``ImageTable``, or None for a plain build."""
        entries = self.manifest.get("images")
        if not entries:
            return None
        from ..assets.images import ImageTable

        return ImageTable.from_manifest(entries)

    def members(self, path: str) -> List[str]:
        entry = self.surface(path) or {}
        return list(entry.get("members", []))


def find_build(project_dir: Path, build_dir: Optional[Path]) -> Optional[Prebuilt]:
    """The build an App in production should serve, or None to compile at startup."""
    given = build_dir or (Path(os.environ["SPRAG_BUILD_DIR"]) if os.environ.get("SPRAG_BUILD_DIR") else None)
    if given is not None:
        folder = given if given.is_absolute() else project_dir / given
        return Prebuilt.load(folder.resolve())
    dist = project_dir / "dist"
    if not (dist / MANIFEST).is_file():
        return None
    try:
        recorded = json.loads((dist / MANIFEST).read_text(encoding="utf-8")).get("fingerprint")
    except ValueError:
        return None
    if recorded != source_fingerprint(project_dir):
        log.info("%s is older than the sources: compiling instead (run `sprag build` to refresh it)", dist)
        return None
    return Prebuilt.load(dist)
