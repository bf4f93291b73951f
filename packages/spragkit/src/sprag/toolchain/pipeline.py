"""The build pipeline: ordered stages writing through one :class:`OutputWriter`.

    compile -> bundle -> assets -> [app copy -> server entry]      sprag build
    [compile, checked first] -> static pages                        sprag build static

``build(app, output_dir)`` runs compile, bundle and assets and writes the manifest::

    manifest.json                    surfaces -> entry + preloads; asset URL -> hashed URL
    public/__sprag__/js/...*.js      compiled classes, runtime pieces, entries (+ .gz, .br)
    public/static/...                app/static files, hashed (+ .gz, .br)
    public/assets/...                other declared assets, hashed (+ .gz, .br)

``sprag build`` adds the app copy and the server entry (:data:`DEPLOY_STAGES`); ``sprag pack``
post-processes a published build. Everything goes to a staging folder first and replaces
``output_dir`` only when every stage passed, so a failed build never leaves a half-written
output.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Protocol, Sequence, Tuple, Union

from .deploy import copy_app, write_requirements, write_server_entry
from .output import OutputWriter

__all__ = [
    "build", "run_stages", "BuildReport", "BuildContext", "Stage", "MANIFEST",
    "LIBRARY_STAGES", "DEPLOY_STAGES", "compile_stage", "bundle_stage", "assets_stage",
    "app_copy_stage", "server_entry_stage", "static_pages_stage",
]

MANIFEST = "manifest.json"

#: ``progress(done, total, url)`` for each file written.
Progress = Callable[[int, int, str], None]


class App(Protocol):
    """What a build reads of an App: its surfaces, browser toolchain, assets and folder."""

    surfaces: List[Any]
    browser: Any
    assets: Any
    project_dir: Path


@dataclass
class BuildReport:
    """What a build wrote."""

    output_dir: Path
    files: List[str] = field(default_factory=list)
    raw_bytes: int = 0
    gzip_bytes: int = 0
    brotli_bytes: int = 0
    surfaces: Dict[str, Dict[str, object]] = field(default_factory=dict)
    seconds: float = 0.0
    #: (stage name, seconds) in the order they ran
    stages: List[Tuple[str, float]] = field(default_factory=list)
    #: what stages reported (``"static pages"``: the StaticExport)
    results: Dict[str, Any] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"{len(self.files)} files, {self.raw_bytes} bytes "
            f"({self.gzip_bytes} gzip, {self.brotli_bytes} brotli)"
        )


@dataclass
class BuildContext:
    """What the stages share: the app, the writer, the browser build and the manifest."""

    app: App
    writer: OutputWriter
    progress: Optional[Progress] = None
    #: the browser build (``app.browser.build()``), set by the compile stage or given
    js: Any = None
    manifest: Dict[str, Any] = field(default_factory=dict)
    #: extra options for stages (``spragkit_version`` for the server entry)
    options: Dict[str, Any] = field(default_factory=dict)
    #: what stages report back (by stage name)
    results: Dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    """One named step of a build."""

    name: str
    run: Callable[[BuildContext], None]


def _compile(ctx: BuildContext) -> None:
    if ctx.js is None:
        ctx.js = ctx.app.browser.build()  # always from the sources, even when serving a build
    ctx.js.raise_errors()  # every failed surface, each diagnostic once


def _write_all(ctx: BuildContext, files: Dict[str, Any]) -> None:
    total = len(files)
    for done, (url, served) in enumerate(sorted(files.items()), 1):
        ctx.writer.write_served(url, served)
        if ctx.progress is not None:
            ctx.progress(done, total, url)


def _bundle(ctx: BuildContext) -> None:
    _write_all(ctx, ctx.js.files)
    for surface in ctx.app.surfaces:
        plan = ctx.js.plans.get(id(surface)) if surface.interactive else None
        ctx.manifest.setdefault("surfaces", {})[surface.path] = {
            "kind": surface.kind,
            "mode": getattr(surface, "mode", "mount"),
            "entry": plan.entry if plan else None,
            "preloads": list(plan.preloads) if plan else [],
            "members": list(plan.members) if plan else [],
        }


def _assets(ctx: BuildContext) -> None:
    hashed, files = ctx.app.assets.compute()
    _write_all(ctx, files)
    ctx.manifest["assets"] = hashed


def _app_copy(ctx: BuildContext) -> None:
    staging = ctx.writer.open()
    copy_app(ctx.app.project_dir, staging)


def _server_entry(ctx: BuildContext) -> None:
    staging = ctx.writer.open()
    write_server_entry(staging)
    write_requirements(ctx.app.project_dir, staging, ctx.options.get("spragkit_version", "0.2"))


def static_pages_stage(static_files: Sequence[str] = (), on_page: Optional[Callable[[Any], None]] = None,
                       verdict: Optional[Callable[[Any], None]] = None) -> Stage:
    """``sprag build static``: every concrete page, and each local file it references, fetched
    through the app into the output (``toolchain/static_site.py``). ``verdict(result)`` may
    raise to stop before anything is published (failed pages, broken links)."""

    def run(ctx: BuildContext) -> None:
        from .static_site import export_static

        result = export_static(ctx.app, ctx.writer.open(), static_files=static_files, on_page=on_page)
        ctx.results["static pages"] = result
        if verdict is not None:
            verdict(result)

    return Stage("static pages", run)


def rebase_stage(base: str) -> Stage:
    """``sprag build static --base /docs/``: the exported site's root-absolute URLs moved
    under ``base`` (``toolchain/rebase.py``), after the links were checked as served."""

    def run(ctx: BuildContext) -> None:
        from .rebase import rebase_site

        ctx.results["rebase"] = rebase_site(ctx.writer.open(), base)

    return Stage("rebase", run)


compile_stage = Stage("compile", _compile)
bundle_stage = Stage("bundle", _bundle)
assets_stage = Stage("assets", _assets)
app_copy_stage = Stage("app copy", _app_copy)
server_entry_stage = Stage("server entry", _server_entry)

#: What ``build()`` runs: the browser modules and assets with their manifest.
LIBRARY_STAGES: Tuple[Stage, ...] = (compile_stage, bundle_stage, assets_stage)
#: What ``sprag build`` runs: a folder that serves itself (``python server.py``).
DEPLOY_STAGES: Tuple[Stage, ...] = LIBRARY_STAGES + (app_copy_stage, server_entry_stage)


def run_stages(app: App, output_dir: Union[str, Path], stages: Sequence[Stage], *,
               progress: Optional[Progress] = None, js: Any = None, manifest: bool = True,
               options: Optional[Dict[str, Any]] = None, label: str = "build") -> BuildReport:
    """Run ``stages`` in order into a staging folder and publish it as ``output_dir``.

    ``js``: a browser build already made (its errors already reported), so compile does not
    run twice. ``manifest``: write ``manifest.json`` (the source fingerprint, surfaces,
    assets and files). Raises what a stage raises; ``output_dir`` is then left as it was.
    """
    from .prebuilt import source_fingerprint

    started = time.perf_counter()
    writer = OutputWriter(output_dir, label=label)
    ctx = BuildContext(app, writer, progress, js=js, options=dict(options or {}))
    report = BuildReport(writer.target)
    with writer:
        for stage in stages:
            began = time.perf_counter()
            stage.run(ctx)
            report.stages.append((stage.name, time.perf_counter() - began))
        if manifest:
            data = {
                "version": 1,
                "surfaces": ctx.manifest.get("surfaces", {}),
                "assets": ctx.manifest.get("assets", {}),
                "fingerprint": source_fingerprint(app.project_dir),
                "files": writer.files,
                **{k: v for k, v in ctx.manifest.items() if k not in ("surfaces", "assets")},
            }
            writer.write_text(MANIFEST, json.dumps(data, indent=2, sort_keys=True))
        writer.publish()
    report.files = list(writer.files)
    report.raw_bytes, report.gzip_bytes, report.brotli_bytes = (
        writer.raw_bytes, writer.gzip_bytes, writer.brotli_bytes)
    report.surfaces = ctx.manifest.get("surfaces", {})
    report.results = dict(ctx.results)
    report.seconds = time.perf_counter() - started
    return report


def build(app: App, output_dir: Union[str, Path], progress: Optional[Progress] = None) -> BuildReport:
    """Compile ``app``'s browser code and write hashed, precompressed files to ``output_dir``.

    Raises BuildError / JSCodegenError (naming file and line) when browser code cannot build;
    ``output_dir`` is then left as it was.
    """
    return run_stages(app, output_dir, LIBRARY_STAGES, progress=progress)
