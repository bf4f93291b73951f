"""``build(app, output_dir)``: write every hashed browser module and asset, precompressed.

Layout of ``output_dir``::

    manifest.json                    surfaces -> entry + preloads; asset URL -> hashed URL
    public/__sprag__/js/...*.js      compiled classes, runtime pieces, entries (+ .gz, .br)
    public/static/...                app/static files, hashed (+ .gz, .br)
    public/assets/...                other declared assets, hashed (+ .gz, .br)

The build goes to a temporary folder first and replaces ``output_dir`` only when complete,
so a failed build never leaves a half-written output.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Protocol, Union


class App(Protocol):
    """What a build reads of an App: its surfaces, browser toolchain, assets and folder."""

    surfaces: List[Any]
    browser: Any
    assets: Any
    project_dir: Path

__all__ = ["build", "BuildReport", "MANIFEST"]

MANIFEST = "manifest.json"

Progress = Callable[[int, int, str], None]


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

    def summary(self) -> str:
        return (
            f"{len(self.files)} files, {self.raw_bytes} bytes "
            f"({self.gzip_bytes} gzip, {self.brotli_bytes} brotli)"
        )


def build(app: App, output_dir: Union[str, Path], progress: Optional[Progress] = None) -> BuildReport:
    """Compile ``app``'s browser code and write hashed, precompressed files to ``output_dir``.

    Raises BuildError / JSCodegenError (naming file and line) when browser code cannot build;
    ``output_dir`` is then left as it was.
    """
    started = time.perf_counter()
    out = Path(output_dir).resolve()
    report = BuildReport(out)
    from .prebuilt import source_fingerprint

    js = app.browser.build()  # always from the sources, even when the App serves a build
    js.raise_errors()  # every failed surface, each diagnostic once
    hashed, asset_files = app.assets.compute()
    js_files = js.files
    everything = {**js_files, **asset_files}
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".sprag-build-", dir=str(out.parent)))
    try:
        total = len(everything)
        for done, (url, served) in enumerate(sorted(everything.items()), 1):
            target = tmp / "public" / url.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(served.body)
            report.files.append(url)
            report.raw_bytes += len(served.body)
            for encoding, body in served.variants.items():
                suffix = ".gz" if encoding == "gzip" else ".br"
                (target.parent / (target.name + suffix)).write_bytes(body)
                if encoding == "gzip":
                    report.gzip_bytes += len(body)
                else:
                    report.brotli_bytes += len(body)
            if progress is not None:
                progress(done, total, url)
        for surface in app.surfaces:
            plan = js.plans.get(id(surface)) if surface.interactive else None
            report.surfaces[surface.path] = {
                "kind": surface.kind,
                "mode": getattr(surface, "mode", "mount"),
                "entry": plan.entry if plan else None,
                "preloads": list(plan.preloads) if plan else [],
                "members": list(plan.members) if plan else [],
            }
        manifest = {
            "version": 1,
            "surfaces": report.surfaces,
            "assets": hashed,
            "fingerprint": source_fingerprint(app.project_dir),
            "files": report.files,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        if out.exists():
            old = out.with_name(out.name + ".old-" + str(os.getpid()))
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.seconds = time.perf_counter() - started
    return report
