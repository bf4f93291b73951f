"""``pack(build_dir)``: a ``sprag build`` output made ready for production, then checked.

The stages run in this order on a staging copy, each one module of this package:

1. ``images``     re-encode PNG/JPEG, width variants, WebP siblings (Pillow, optional)
2. ``css``        minify stylesheets; follow renamed images; re-hash
3. ``html``       minify static pages and shell templates; ``<picture>`` for packed images
4. ``js``         nothing to do: the bundler already minified every module (reported)
5. ``bytecode``   app modules -> sourceless ``.pyc``, sources removed
6. ``compress``   ``.gz`` (zopfli or gzip -9) and ``.br`` (11) for every text file
7. ``validate``   the packed server on a free port answers for every route, file, reference

The copy replaces the output folder only when every stage passed, so a failed pack leaves
the previous folder as it was. ``summary`` prints sizes per kind and the time per stage.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

from ..output import publish_folder
from .archive import write_archive
from .artifact import Artifact
from .bytecode import PackError, compile_app
from .compress import GZIP_TOOL, precompress
from .css import minify_css, minify_stylesheets
from .html import minify_html, minify_pages
from .images import MISSING_PILLOW, ImageOptions, optimise_images, pillow_available
from .summary import StageResult, size_table, stage_table
from .validate import validate

__all__ = ["pack", "PackOptions", "PackReport", "PackError", "StageResult", "minify_css",
           "minify_html"]

#: ``progress(stage, message)``: called when a stage starts and ends.
Progress = Callable[[str, str], None]


@dataclass(frozen=True)
class PackOptions:
    """What ``sprag pack`` does (every step on by default)."""

    bytecode: bool = True
    images: bool = True
    image_quality: int = 80
    webp: bool = True
    srcset: bool = True
    validate: bool = True
    zip: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.image_quality <= 100:
            raise ValueError(f"image quality must be between 1 and 100, got {self.image_quality}")


@dataclass
class PackReport:
    """What a pack did: sizes per kind before and after, each stage, notes, the archive."""

    output_dir: Path
    before: Dict[str, Dict[str, int]]
    after: Dict[str, Dict[str, int]] = field(default_factory=dict)
    stages: List[StageResult] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    archive: Optional[Path] = None

    def summary(self) -> str:
        return size_table(self.before, self.after) + "\n\n" + stage_table(self.stages)

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.stages)


def _changed(rows: List[tuple]) -> str:
    if not rows:
        return "nothing to do"
    before = sum(r[1] for r in rows)
    after = sum(r[2] for r in rows)
    change = f" ({(after - before) * 100 / before:+.1f}%)" if before else ""
    return f"{len(rows)} file(s), {before:,} -> {after:,} bytes{change}"


class _Stages:
    """Runs and times the stages, reporting each to ``progress``."""

    def __init__(self, report: PackReport, progress: Optional[Progress]) -> None:
        self.report = report
        self.progress = progress or (lambda stage, message: None)

    def run(self, name: str, work: Callable[[], str]) -> None:
        self.progress(name, "running")
        started = time.perf_counter()
        detail = work()
        result = StageResult(name, time.perf_counter() - started, detail)
        self.report.stages.append(result)
        self.progress(name, f"{detail} in {result.seconds:.2f} s")

    def skip(self, name: str, why: str) -> None:
        self.report.stages.append(StageResult(name, 0.0, f"skipped ({why})", skipped=True))
        self.progress(name, f"skipped ({why})")


def _copy_build(build_dir: Path, output_dir: Path) -> Path:
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.pack-", dir=str(output_dir.parent)))
    shutil.copytree(build_dir, staging, symlinks=True, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    return staging


def _publish(staging: Path, output_dir: Path) -> None:
    publish_folder(staging, output_dir)  # the one atomic publish of every build output


def pack(build_dir: Path, output_dir: Optional[Path] = None, options: PackOptions = PackOptions(),
         progress: Optional[Progress] = None) -> PackReport:
    """Pack the ``sprag build`` output in ``build_dir`` into ``output_dir`` (default: in place).

    Raises PackError (naming the file or URL) when a stage fails; ``output_dir`` is then left
    as it was."""
    build_dir = Path(build_dir).resolve()
    output_dir = Path(output_dir).resolve() if output_dir is not None else build_dir
    if "pack" in Artifact.load(build_dir).manifest:
        raise PackError(f"{build_dir} is already packed; run `sprag build` and pack that")
    staging = _copy_build(build_dir, output_dir)
    try:
        artifact = Artifact.load(staging)
        report = PackReport(output_dir, artifact.sizes())
        stages = _Stages(report, progress)
        _run_stages(artifact, options, stages)
        report.notes = list(artifact.notes)
        report.after = artifact.sizes()
        if options.validate:
            stages.run("validate", lambda: _validated(artifact))
        else:
            stages.skip("validate", "validate=False")
        _publish(staging, output_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    if options.zip:
        target = output_dir.with_name(output_dir.name + ".zip")
        stages.run("zip", lambda: f"{write_archive(output_dir, target).stat().st_size:,} bytes in {target.name}")
        report.archive = target
    return report


def _run_stages(artifact: Artifact, options: PackOptions, stages: _Stages) -> None:
    if not options.images:
        stages.skip("images", "--skip-images")
    elif not pillow_available():
        stages.skip("images", MISSING_PILLOW)
    else:
        image_options = ImageOptions(options.image_quality, options.webp, options.srcset)
        stages.run("images", lambda: _images(artifact, image_options))
    stages.run("css", lambda: _changed(minify_stylesheets(artifact)))
    stages.run("html", lambda: _changed(minify_pages(artifact)))
    js = [u for u in artifact.files if u.endswith((".js", ".mjs"))]
    stages.run("js", lambda: f"{len(js)} module(s), minified by the bundler")
    if options.bytecode:
        stages.run("bytecode", lambda: _changed(compile_app(artifact)) + f" for {sys.implementation.cache_tag}")
    else:
        stages.skip("bytecode", "--skip-bytecode")
    artifact.manifest.setdefault("pack", {}).update(
        {"images": options.images, "image_quality": options.image_quality, "webp": options.webp,
         "srcset": options.srcset})
    artifact.save()
    stages.run("compress", lambda: _changed(precompress(artifact)) + f" gzip by {GZIP_TOOL}, brotli 11")


def _images(artifact: Artifact, options: ImageOptions) -> str:
    rows = optimise_images(artifact, options)
    variants = sum(len(e["srcset"]) - 1 + len(e["webp"]) for e in artifact.manifest.get("images", {}).values())
    return _changed(rows) + f", {variants} variant(s)"


def _validated(artifact: Artifact) -> str:
    result = validate(artifact)
    if result.failures:
        lines = "\n".join("  " + f for f in result.failures)
        raise PackError(f"validation failed: {len(result.failures)} problem(s) with the packed "
                        f"server:\n{lines}")
    return f"{result.checked} request(s) answered as expected"
