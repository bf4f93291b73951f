"""`sprag build` of a template vs spragkit 0.1.24 building its own template of that name.

Both run as whole processes (`sprag build` in a fresh copy of a freshly scaffolded project,
so the compile cache is cold and there is no previous output), alternating, N rounds; the
table shows the median wall time and the median CPU time (user + sys of the child) of each,
and our/reference ratios. One untimed run of each first writes the interpreters' bytecode
caches (PYTHONDONTWRITEBYTECODE is removed from the children's environment), so both import
from .pyc as an installed package does.

The reference lives in its own virtualenv, never imported here:

    uv venv /tmp/ref024 && uv pip install --python /tmp/ref024/bin/python spragkit==0.1.24
    .venv/bin/python bench/build_bench.py --reference /tmp/ref024/bin/sprag --rounds 5
    .venv/bin/python bench/build_bench.py --template labs --rounds 7
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / ".venv" / "bin" / "sprag"


def _env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["NO_COLOR"] = "1"
    return env


def _scaffold(sprag: Path, where: Path, name: str, template: str) -> Path:
    subprocess.run([str(sprag), "new", name, "--template", template], cwd=where, env=_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return where / name


def _run(sprag: Path, pristine: Path, scratch: Path) -> tuple:
    """(wall seconds, cpu seconds) of one `sprag build` in a fresh copy of ``pristine``."""
    work = scratch / "run"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(pristine, work)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([str(sprag), "build"], cwd=work, env=_env(),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{sprag} build failed in {work}:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=Path("/tmp/ref024/bin/sprag"),
                        help="the `sprag` of spragkit 0.1.24 in its own virtualenv")
    parser.add_argument("--ours", type=Path, default=OURS)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--template", default="default", help="default, docs or labs (both sides)")
    args = parser.parse_args()
    if not args.reference.is_file():
        raise SystemExit(f"no reference at {args.reference}; install it first (see the docstring)")
    with tempfile.TemporaryDirectory(prefix="sprag-build-bench-") as tmp:
        base = Path(tmp)
        projects = {"ours": _scaffold(args.ours, base, "ours", args.template),
                    "ref": _scaffold(args.reference, base, "ref", args.template)}
        commands = {"ours": args.ours, "ref": args.reference}
        for name in ("ours", "ref"):  # bytecode caches, untimed
            _run(commands[name], projects[name], base)
        times = {"ours": [], "ref": []}
        for _ in range(args.rounds):
            for name in ("ours", "ref"):
                times[name].append(_run(commands[name], projects[name], base))
    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    print(f"sprag build, {args.template} template, cold compile cache, median of {args.rounds} "
          f"(alternating), load average {os.getloadavg()[0]:.1f}")
    print(f"{'':28s}{'wall s':>10s}{'cpu s':>10s}")
    print(f"{'spragkit (this tree)':28s}{wall['ours']:>10.3f}{cpu['ours']:>10.3f}")
    print(f"{'spragkit 0.1.24':28s}{wall['ref']:>10.3f}{cpu['ref']:>10.3f}")
    print(f"{'ratio ours/ref':28s}{wall['ours'] / wall['ref']:>10.2f}{cpu['ours'] / cpu['ref']:>10.2f}")
    print("all runs (wall, cpu):")
    for name in ("ours", "ref"):
        print(f"  {name}: " + ", ".join(f"{w:.2f}/{c:.2f}" for w, c in times[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
