"""`sprag pack` against `sprag build` of the same app, in the same run: bytes and wall time.

    .venv/bin/python bench/pack_bench.py [--runs 3]

Apps: the default template, the default template with images (the test fixture: a photo, a
stylesheet background, a PNG logo), the docs template, and the labs template when sprag-cli
has one. For each:
`sprag build` (median wall time of --runs fresh builds), then `sprag pack` of that build
(median of --runs, each on a fresh build: it includes validation, which starts the packed
server). Bytes are what the folder serves (public files + shell templates, Python apart):
raw, and gzip as shipped (the .gz sibling, or the raw size when there is none); a packed image
counts as what a full-width browser downloads (its WebP when there is one), the narrower
variants are listed apart.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packages/spragkit/tests/commands"))

SPRAG = [sys.executable, "-m", "sprag_cli"]


def _run(args, cwd: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(SPRAG + [str(a) for a in args], cwd=str(cwd), capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"sprag {' '.join(map(str, args))} failed:\n{result.stdout}{result.stderr}")
    return elapsed


def _served(dist: Path) -> dict:
    from sprag.toolchain.pack.artifact import Artifact

    sizes = Artifact.load(dist).sizes()
    served = {k: v for k, v in sizes.items() if k != "Python"}
    return {
        "raw": sum(v["raw"] for v in served.values()),
        "gzip": sum(v["gzip"] for v in served.values()),
        "kinds": {k: v["gzip"] for k, v in served.items() if v["files"]},
        "python": sizes["Python"]["raw"],
        "variants": (sizes["Images"].get("variant_files", 0), sizes["Images"].get("variant_bytes", 0)),
    }


def _project(tmp: Path, name: str, template: str = "default", images: bool = False) -> Path:
    result = subprocess.run(SPRAG + ["new", str(tmp / name), "--template", template], capture_output=True, text=True)
    if result.returncode != 0:
        return None
    if images:
        from packfixture import add_images

        add_images(tmp / name)
    return tmp / name


def measure(project: Path, runs: int) -> dict:
    builds, packs = [], []
    for _ in range(runs):
        shutil.rmtree(project / "dist", ignore_errors=True)
        builds.append(_run(["build", "-C", project], project))
        built = _served(project / "dist")
        packs.append(_run(["pack", "-C", project], project))
        packed = _served(project / "dist")
    return {"build_s": statistics.median(builds), "pack_s": statistics.median(packs),
            "built": built, "packed": packed}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        apps = [("default template", _project(tmp, "plain")),
                ("default + images", _project(tmp, "images", images=True)),
                ("docs template", _project(tmp, "docs", template="docs")),
                ("labs template", _project(tmp, "labs", template="labs"))]
        for label, project in apps:
            if project is None:
                print(f"{label}: not available in this sprag-cli (skipped)")
                continue
            rows.append((label, measure(project, args.runs)))
    print(f"\n{'app':<18} {'build gzip':>11} {'packed gzip':>12} {'change':>8} {'build raw':>10} "
          f"{'packed raw':>11} {'build s':>8} {'pack s':>7}")
    for label, m in rows:
        b, p = m["built"], m["packed"]
        change = (p["gzip"] - b["gzip"]) * 100 / b["gzip"]
        print(f"{label:<18} {b['gzip']:>11,} {p['gzip']:>12,} {change:>+7.1f}% {b['raw']:>10,} "
              f"{p['raw']:>11,} {m['build_s']:>8.2f} {m['pack_s']:>7.2f}")
    print("\ngzip bytes per kind, build -> packed")
    for label, m in rows:
        parts = ", ".join(f"{k} {m['built']['kinds'].get(k, 0):,} -> {v:,}" for k, v in m["packed"]["kinds"].items())
        files, size = m["packed"]["variants"]
        print(f"  {label}: {parts}; Python {m['built']['python']:,} -> {m['packed']['python']:,} raw"
              + (f"; plus {files} image variants for narrower screens ({size:,} bytes)" if files else ""))


if __name__ == "__main__":
    main()
