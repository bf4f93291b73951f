"""Static export of a 500-document collection: `sprag build static` of the docs template vs a
plain markdown-it-py + Jinja2 script (bench/content_reference.py) rendering the same pages.

    .venv/bin/python bench/content_bench.py [--docs 500] [--runs 5] [--before DIR]

``--before DIR``: also time the framework of an older checkout in the same run (DIR holds its
``packages/*/src``, e.g. ``git archive REV packages | tar -x -C DIR``; put first on PYTHONPATH).

Both run as whole processes (interpreter start, imports, reading, rendering, writing),
alternating, each into a fresh output folder in a fresh process (after one unmeasured run
of each that writes the bytecode caches); the result is the ratio of the medians. The SPRAG side also writes what the reference does not: the blog, tags
pages, feed.xml, sitemap.xml, search.json, 404.html, assets, and it checks every link.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDS = ("server browser compile render module component store action route page static "
         "markdown python runtime hydrate shell stream socket queue schema field state").split()
TAGS = ["setup", "routing", "state", "deploy", "browser", "server", "content", "build"]


def _para(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def document(rng: random.Random, title: str, order: int, links: list) -> str:
    tags = ", ".join(rng.sample(TAGS, 2))
    parts = [f"---\ntitle: {title}\ndescription: {_para(rng, 12)}\norder: {order}\n"
             f"tags: [{tags}]\n---\n", _para(rng, 60), ""]
    for h in range(3):
        parts += [f"## Part {h + 1}", "", _para(rng, 70), "", f"### Detail {h + 1}", "",
                  _para(rng, 40), ""]
    parts += ["```python", "def handler(request):", "    items = [x * 2 for x in range(10)]",
              "    return {\"ok\": True, \"items\": items}", "```", "",
              "| name | value |", "|------|-------|", "| alpha | 1 |", "| beta | 2 |", "",
              "See " + " and ".join(f"[{t}]({href})" for t, href in links) + ".", ""]
    return "\n".join(parts)


def generate(content: Path, count: int) -> None:
    """``count`` documents in sections of 25 (each with an index.md), linking to neighbours."""
    rng = random.Random(7)
    shutil.rmtree(content, ignore_errors=True)
    content.mkdir(parents=True)
    (content / "index.md").write_text("---\ntitle: Docs\n---\nThe generated collection.\n")
    per = 25
    sections = -(-(count - 1) // per)
    made = 1
    for s in range(sections):
        folder = content / f"section-{s:02d}"
        folder.mkdir()
        (folder / "index.md").write_text(document(rng, f"Section {s}", s, [("home", "../index.md")]))
        made += 1
        for d in range(per - 1):
            if made >= count:
                break
            links = [("first", "page-00.md#part-1"), ("section", "index.md")]
            (folder / f"page-{d:02d}.md").write_text(document(rng, f"Page {s}.{d}", d, links))
            made += 1


def timed(cmd: list, cwd: Path, env: dict) -> tuple:
    """(wall seconds, CPU seconds) of one run of ``cmd`` as a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=str(cwd), capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed:\n{result.stdout}\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, default=None,
                        help="a folder with an older checkout's packages/*/src, timed too")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sprag-content-bench-"))
    try:
        subprocess.run([sys.executable, "-m", "sprag_cli", "new", "site", "--template", "docs"],
                       cwd=work, check=True, capture_output=True)
        project = work / "site"
        content = project / "app" / "content" / "docs"
        generate(content, args.docs)
        (project / "app" / "content" / "blog" / "writing-docs.md").unlink()  # links to a doc we replaced
        count = len(list(content.rglob("*.md")))
        # Byte-compiled imports for both sides, as an installed package has them (this
        # machine sets PYTHONDONTWRITEBYTECODE); the caches go to the temporary folder.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        sprag_cmd = [sys.executable, "-m", "sprag_cli", "build", "static", "--check-links",
                     "-C", project, "-o"]
        plain_cmd = [sys.executable, str(HERE / "content_reference.py"), content]
        timed(sprag_cmd + [work / "warm"], work, env)  # writes the bytecode caches
        timed(plain_cmd + [work / "warm-ref"], work, env)
        before_env = None
        if args.before is not None:
            sources = sorted(str(p) for p in args.before.resolve().glob("packages/*/src"))
            if not sources:
                raise SystemExit(f"--before {args.before}: no packages/*/src in it")
            before_env = dict(env, PYTHONPATH=os.pathsep.join(sources),
                              PYTHONPYCACHEPREFIX=str(work / "pycache-before"))
            timed(sprag_cmd + [work / "warm-before"], work, before_env)
        sprag, plain, before = [], [], []
        for run in range(args.runs):
            sprag.append(timed(sprag_cmd + [work / f"out-{run}"], work, env))
            plain.append(timed(plain_cmd + [work / f"ref-{run}"], work, env))
            if before_env is not None:
                before.append(timed(sprag_cmd + [work / f"before-{run}"], work, before_env))
            for name in (f"out-{run}", f"ref-{run}", f"before-{run}"):
                shutil.rmtree(work / name, ignore_errors=True)
        print(f"documents: {count} (plus the template's blog, tags, feed, sitemap, search, 404)")
        print(f"{'':34} {'wall':>7} {'cpu':>7}   wall of each run")
        sides = [("sprag build static --check-links", sprag),
                 ("markdown-it-py + Jinja2 script", plain)]
        if before:
            sides.append(("the same, --before checkout", before))
        for label, runs in sides:
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            print(f"{label:34} {wall:6.2f}s {cpu:6.2f}s   " + " ".join(f"{r[0]:.2f}" for r in runs))
        ratio_wall = statistics.median(r[0] for r in sprag) / statistics.median(r[0] for r in plain)
        ratio_cpu = statistics.median(r[1] for r in sprag) / statistics.median(r[1] for r in plain)
        print(f"ratio (medians): wall {ratio_wall:.2f}x, cpu {ratio_cpu:.2f}x (goal: wall <= 1.5x)")
        if before:
            b_wall = statistics.median(r[0] for r in before) / statistics.median(r[0] for r in plain)
            b_cpu = statistics.median(r[1] for r in before) / statistics.median(r[1] for r in plain)
            print(f"--before checkout (medians): wall {b_wall:.2f}x, cpu {b_cpu:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
