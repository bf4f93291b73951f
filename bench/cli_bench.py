"""Benchmarks for the sprag toolchain (issue 7).

    uv run python bench/cli_bench.py            # prints a markdown report

Measures, each against a reference taken in the same run:
1. `sprag build` of the default template and of a generated 50-route app: a fresh process
   (compile cache cold) and a second build in the same process (cache warm).
   Reference: the bare Python process start, and the cold in-process build.
2. Dev recompile after touching one module: the compile step for the changed file
   (sprag.toolchain.compile.compile_python, a cache miss). Goal < 50 ms. Reference: CPython's own
   compile() of the same source. Also the full dev restart (write -> new server answers).
3. `import sprag`: subprocess medians minus a bare `python -c pass`. Goal < 0.25 s.
   Reference: `import flask` measured the same way.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PY = sys.executable
ROOT = Path(__file__).resolve().parent.parent


def _median_seconds(args, runs=7, cwd=None, env=None):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, cwd=cwd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _sprag(args, cwd):
    return subprocess.run([PY, "-m", "sprag_cli", *map(str, args)], cwd=cwd, check=True,
                          capture_output=True, text=True)


def make_projects(tmp: Path):
    _sprag(["new", "default"], tmp)
    big = tmp / "fifty"
    _sprag(["new", "fifty", "--template", "bare"], tmp)
    from click.testing import CliRunner

    from sprag_cli import cli

    runner = CliRunner()
    for i in range(50):
        mode = "hybrid" if i % 2 == 0 else "document"
        result = runner.invoke(cli, ["add", "route", f"r{i}", f"--mode={mode}", "-C", str(big)])
        assert result.exit_code == 0, result.output
    return tmp / "default", big


_IN_PROCESS = r"""
import sys, time
from pathlib import Path
from sprag.project import load_app
from sprag.toolchain.pipeline import build
root = Path(sys.argv[1])
t0 = time.perf_counter(); app = load_app(root, mode="production"); t1 = time.perf_counter()
build(app, root / "dist-a"); t2 = time.perf_counter()
app.browser._built = None  # force a relink; the compile cache (by source hash) stays warm
build(app, root / "dist-b"); t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def bench_build(project: Path, runs=3):
    cli_times, cold, warm, load = [], [], [], []
    for _ in range(runs):
        shutil.rmtree(project / "dist", ignore_errors=True)
        start = time.perf_counter()
        _sprag(["build", "-C", project], project)
        cli_times.append(time.perf_counter() - start)
        out = subprocess.run([PY, "-c", _IN_PROCESS, str(project)], check=True,
                             capture_output=True, text=True).stdout.split()
        load.append(float(out[0]))
        cold.append(float(out[1]))
        warm.append(float(out[2]))
    return {
        "cli": statistics.median(cli_times),
        "load": statistics.median(load),
        "cold": statistics.median(cold),
        "warm": statistics.median(warm),
    }


_RECOMPILE = r"""
import statistics, sys, time
from pathlib import Path
from sprag.project import load_app
root = Path(sys.argv[1])
app = load_app(root, mode="dev")
from sprag.toolchain.compile import compile_python
target = root / "app/routes/counter/modules.py"
source = target.read_text()
compile_python(source, str(target))  # warm the compiler itself (imports, dialect)
ours, cpython = [], []
for i in range(15):
    edited = source + f"\n# edit {i}\n"   # a new source hash: a real cache miss
    t0 = time.perf_counter(); compile_python(edited, str(target)); t1 = time.perf_counter()
    compile(edited, str(target), "exec"); t2 = time.perf_counter()
    ours.append(t1 - t0); cpython.append(t2 - t1)
print(statistics.median(ours), statistics.median(cpython))
"""


def bench_recompile(project: Path):
    out = subprocess.run([PY, "-c", _RECOMPILE, str(project)], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _boot_id(url):
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    with urllib.request.urlopen(request, timeout=2) as response:
        body = response.read().decode()
    marker = 'data-boot="'
    return body[body.index(marker) + len(marker):].split('"')[0]


def bench_dev_restart(project: Path, runs=3):
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen([PY, "-m", "sprag_cli", "dev", "--port", str(port), "-C",
                             str(project)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    times = []
    try:
        boot = None
        deadline = time.monotonic() + 30
        while boot is None and time.monotonic() < deadline:
            try:
                boot = _boot_id(url)
            except OSError:
                time.sleep(0.05)
        target = project / "app/routes/home/web.py"
        for i in range(runs):
            start = time.perf_counter()
            target.write_text(target.read_text() + f"\n# restart {i}\n")
            while True:
                try:
                    new = _boot_id(url)
                    if new != boot:
                        boot = new
                        break
                except OSError:
                    pass
                time.sleep(0.01)
            times.append(time.perf_counter() - start)
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(10)
    return statistics.median(times)


def bench_import():
    base = _median_seconds([PY, "-c", "pass"], runs=9)
    sprag = _median_seconds([PY, "-c", "import sprag"], runs=9) - base
    flask = _median_seconds([PY, "-c", "import flask"], runs=9) - base
    return base, sprag, flask


def main():
    tmp = Path(tempfile.mkdtemp(prefix="sprag-cli-bench-"))
    try:
        default, fifty = make_projects(tmp)
        rows = []
        for name, project in (("default template (3 routes)", default),
                              ("generated app (51 routes, 25 hybrid)", fifty)):
            r = bench_build(project)
            rows.append((name, r))
        ours, cpython = bench_recompile(default)
        restart = bench_dev_restart(default)
        base, imp_sprag, imp_flask = bench_import()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    print("## sprag build (median of 3)\n")
    print("| app | `sprag build` process | load_app | build, cache cold | build, cache warm | warm/cold |")
    print("|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['cli']:.2f} s | {r['load']:.2f} s | {r['cold']:.3f} s | "
              f"{r['warm']:.3f} s | {r['warm'] / r['cold']:.2f}x |")
    print(f"\nReference: bare `python -c pass` = {base:.3f} s.\n")
    print("## dev recompile after touching one module (median of 15)\n")
    print("| step | time | goal |")
    print("|---|---|---|")
    print(f"| compile step: counter/modules.py, cache miss | {ours * 1000:.1f} ms | < 50 ms |")
    print(f"| reference: CPython compile() of the same source | {cpython * 1000:.2f} ms | |")
    print(f"| ratio | {ours / cpython:.1f}x | |")
    print(f"| full dev restart: write -> new server answers (median of 3) | {restart * 1000:.0f} ms | |")
    print("\n## import time (median of 9 subprocesses, minus `python -c pass`)\n")
    print("| import | time | goal |")
    print("|---|---|---|")
    print(f"| `import sprag` | {imp_sprag:.3f} s | < 0.25 s |")
    print(f"| reference: `import flask` | {imp_flask:.3f} s | |")
    print(f"| ratio | {imp_sprag / imp_flask:.2f}x | |")


if __name__ == "__main__":
    main()
