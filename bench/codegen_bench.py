"""sprag-codegen benchmark: compile throughput vs PScript, runtime vs hand-written JS and CPython.

    uv pip install pscript        # reference only; not a dependency of sprag-codegen
    .venv/bin/python bench/codegen_bench.py [--repeat 5] [--out bench/results/codegen.md]

1. Compile throughput (source lines/s) of sprag-codegen and PScript on the corpus programs
   *both* accept, same run, median of --repeat passes.
2. Runtime of CPU-bound programs: compiled (node) vs hand-written JS (node) vs CPython, median of
   --repeat runs each (process wall time, so node/CPython start-up is included in every column).
3. Generated size per program: inline module bytes (gzip) and code without helpers.
4. Helpers shipped: for the counter page's browser code (spragkit's test project, sprag dialect)
   and a few corpus programs, how many runtime helpers `helper_module(art.helpers)` contains and
   its size raw / minified (minify-go, what spragkit ships) / gzip, for this checkout and for
   the compiler at --before (default: the commit before the helper split), same run.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "packages" / "sprag-codegen" / "tests" / "corpus"

from sprag_codegen import compile_source  # noqa: E402

PROGRAMS = {
    "fib": (
        """
        def fib(n: int) -> int:
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        print(fib(32))
        """,
        """
        function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
        console.log(fib(32));
        """,
    ),
    "sieve": (
        """
        def sieve(n: int) -> int:
            flags = [True] * (n + 1)
            count = 0
            for i in range(2, n + 1):
                if flags[i]:
                    count += 1
                    for j in range(i * i, n + 1, i):
                        flags[j] = False
            return count

        print(sieve(5000000))
        """,
        """
        function sieve(n) {
          const flags = new Array(n + 1).fill(true);
          let count = 0;
          for (let i = 2; i <= n; i++) {
            if (flags[i]) { count++; for (let j = i * i; j <= n; j += i) flags[j] = false; }
          }
          return count;
        }
        console.log(sieve(5000000));
        """,
    ),
    "floats": (
        """
        def integrate(steps: int) -> float:
            total = 0.0
            dx = 1.0 / steps
            x = 0.0
            for i in range(steps):
                total += x * x * dx
                x += dx
            return total

        print(round(integrate(10000000), 6))
        """,
        """
        function integrate(steps) {
          let total = 0, dx = 1 / steps, x = 0;
          for (let i = 0; i < steps; i++) { total += x * x * dx; x += dx; }
          return total;
        }
        console.log(Math.round(integrate(10000000) * 1e6) / 1e6);
        """,
    ),
    "words": (
        """
        def count_words(n):
            counts = {}
            words = ["alpha", "beta", "gamma", "delta", "eps"]
            for i in range(n):
                w = words[i % 5] + str(i % 7)
                counts[w] = counts.get(w, 0) + 1
            return sorted(counts.items())[:3]

        print(count_words(1000000))
        """,
        """
        function countWords(n) {
          const counts = new Map();
          const words = ["alpha", "beta", "gamma", "delta", "eps"];
          for (let i = 0; i < n; i++) {
            const w = words[i % 5] + String(i % 7);
            counts.set(w, (counts.get(w) || 0) + 1);
          }
          return [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, 3);
        }
        console.log(countWords(1000000));
        """,
    ),
    # Int-heavy programs (issue 16): small ints through the exact-int checks, and big ints
    # (BigInt) against hand-written BigInt JavaScript.
    "cents": (
        """
        def ledger(n: int) -> int:
            total = 0
            for i in range(n):
                amount = (i * 7919) % 100000 - 30000
                fee = amount * 3 // 100
                total += amount - fee
            return total

        print(ledger(5000000))
        """,
        """
        function ledger(n) {
          let total = 0;
          for (let i = 0; i < n; i++) {
            const amount = (i * 7919) % 100000 - 30000;
            const fee = Math.floor(amount * 3 / 100);
            total += amount - fee;
          }
          return total;
        }
        console.log(ledger(5000000));
        """,
    ),
    "crc32": (
        """
        def table():
            out = []
            for n in range(256):
                c = n
                for _ in range(8):
                    c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
                out.append(c)
            return out

        def crc32(text, t):
            crc = 0xFFFFFFFF
            for ch in text:
                crc = t[(crc ^ ord(ch)) & 0xFF] ^ (crc >> 8)
            return crc ^ 0xFFFFFFFF

        t = table()
        acc = 0
        for i in range(20000):
            acc += crc32("payload-" + str(i) + "-sprag", t)
        print(acc)
        """,
        """
        function table() {
          const out = [];
          for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++) c = c & 1 ? (0xEDB88320 ^ (c >>> 1)) >>> 0 : c >>> 1;
            out.push(c);
          }
          return out;
        }
        function crc32(text, t) {
          let crc = 0xFFFFFFFF;
          for (const ch of text) crc = (t[((crc ^ ch.codePointAt(0)) & 0xFF) >>> 0] ^ (crc >>> 8)) >>> 0;
          return (crc ^ 0xFFFFFFFF) >>> 0;
        }
        const t = table();
        let acc = 0;
        for (let i = 0; i < 20000; i++) acc += crc32("payload-" + String(i) + "-sprag", t);
        console.log(acc);
        """,
    ),
    "fnv64": (
        """
        MASK = (1 << 64) - 1

        def fnv1a(text):
            h = 0xCBF29CE484222325
            for ch in text:
                h = ((h ^ ord(ch)) * 0x100000001B3) & MASK
            return h

        acc = 0
        for i in range(20000):
            acc ^= fnv1a("user:" + str(i))
        print(acc)
        """,
        """
        const MASK = (1n << 64n) - 1n;
        function fnv1a(text) {
          let h = 0xCBF29CE484222325n;
          for (const ch of text) h = ((h ^ BigInt(ch.codePointAt(0))) * 0x100000001B3n) & MASK;
          return h;
        }
        let acc = 0n;
        for (let i = 0; i < 20000; i++) acc ^= fnv1a("user:" + String(i));
        console.log(String(acc));
        """,
    ),
    "bigfib": (
        """
        def fib(n: int) -> int:
            a, b = 0, 1
            for _ in range(n):
                a, b = b, a + b
            return a

        total = 0
        for k in range(300):
            total += fib(1000 + k) % 1000000007
        print(total, len(str(fib(5000))))
        """,
        """
        function fib(n) {
          let a = 0n, b = 1n;
          for (let i = 0; i < n; i++) [a, b] = [b, a + b];
          return a;
        }
        let total = 0n;
        for (let k = 0; k < 300; k++) total += fib(1000 + k) % 1000000007n;
        console.log(String(total), String(fib(5000)).length);
        """,
    ),
}


CPU_TIME = False  # --cpu: child user+sys CPU seconds instead of wall time (steadier on a shared machine)


def _timed(cmd, cwd) -> float:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, timeout=300)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if CPU_TIME:
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall


def compile_throughput(repeat: int):
    import contextlib
    import io

    import pscript

    sources = []
    for path in sorted(CORPUS.glob("*.py")):
        src = path.read_text(encoding="utf-8")
        try:
            compile_source(src, path.name)
            with contextlib.redirect_stdout(io.StringIO()):
                pscript.py2js(src)
        except Exception:  # noqa: BLE001 - either compiler refusing the program excludes it
            continue
        sources.append((path.name, src))
    lines = sum(src.count("\n") + 1 for _, src in sources)

    def run_ours():
        for name, src in sources:
            compile_source(src, name)

    def run_pscript():
        with contextlib.redirect_stdout(io.StringIO()):
            for _, src in sources:
                pscript.py2js(src)

    ours, theirs = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        run_ours()
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        run_pscript()
        theirs.append(time.perf_counter() - t)
    return len(sources), lines, statistics.median(ours), statistics.median(theirs)


def runtime(repeat: int, tmp: Path):
    rows = []
    for name, (py_src, js_src) in PROGRAMS.items():
        py_src = textwrap.dedent(py_src)
        py_file = tmp / f"{name}.py"
        py_file.write_text(py_src)
        art = compile_source(py_src, py_file.name)
        compiled = tmp / f"{name}.mjs"
        compiled.write_text(art.code)
        hand = tmp / f"{name}_hand.mjs"
        hand.write_text(textwrap.dedent(js_src))
        expected = subprocess.run([sys.executable, str(py_file)], capture_output=True,
                                  text=True).stdout
        got = subprocess.run(["node", str(compiled)], capture_output=True, text=True).stdout
        if got != expected:
            raise SystemExit(f"{name}: compiled output {got!r} != CPython {expected!r}")
        t_comp = statistics.median(_timed(["node", str(compiled)], tmp) for _ in range(repeat))
        t_hand = statistics.median(_timed(["node", str(hand)], tmp) for _ in range(repeat))
        t_py = statistics.median(_timed([sys.executable, str(py_file)], tmp) for _ in range(repeat))
        rows.append((name, t_comp, t_hand, t_py))
    return rows


def sizes():
    rows = []
    for name, (py_src, _) in PROGRAMS.items():
        src = textwrap.dedent(py_src)
        inline = compile_source(src, name + ".py").code
        code_only = compile_source(src, name + ".py", helpers="import").code
        rows.append((name, len(inline), len(gzip.compress(inline.encode())), len(code_only)))
    corpus = [compile_source(p.read_text(encoding="utf-8"), p.name)
              for p in sorted(CORPUS.glob("*.py")) if not p.name.startswith("match_")]
    raw = sorted(len(a.code) for a in corpus)
    code = sorted(len(compile_source(p.read_text(encoding="utf-8"), p.name, helpers="import").code)
                  for p in sorted(CORPUS.glob("*.py")) if not p.name.startswith("match_"))
    gz = sorted(len(gzip.compress(a.code.encode())) for a in corpus)
    rows.append((f"corpus median ({len(corpus)} programs)", statistics.median(raw),
                 statistics.median(gz), statistics.median(code)))
    return rows


HELPER_PROGRAMS = [
    ("counter Module", "packages/spragkit/tests/projects/basic/app/routes/counter/modules.py"),
    ("counter Component", "packages/spragkit/tests/projects/basic/app/routes/counter/components.py"),
    ("counter page (both)", "packages/spragkit/tests/projects/basic/app/routes/counter/modules.py"
                            "+packages/spragkit/tests/projects/basic/app/routes/counter/components.py"),
    ("dict_06_items_keys_values", "packages/sprag-codegen/tests/corpus/dict_06_items_keys_values.py"),
    ("str_01_split_rsplit", "packages/sprag-codegen/tests/corpus/str_01_split_rsplit.py"),
    ("realistic_04_text_stats", "packages/sprag-codegen/tests/corpus/realistic_04_text_stats.py"),
    ("realistic_09_inventory", "packages/sprag-codegen/tests/corpus/realistic_09_inventory.py"),
]

# Runs under the compiler being measured (PYTHONPATH decides which one); prints JSON rows.
_MEASURE = r"""
import gzip, json, sys
from sprag_codegen import compile_source, helper_module
from sprag_codegen.runtime.registry import helper_closure
try:
    import minify
except ImportError:
    minify = None
from sprag.toolchain.dialect import sprag_dialect
rows = []
for label, paths in json.loads(sys.argv[1]):
    names = set()
    for path in paths.split("+"):
        dialect = sprag_dialect() if "/spragkit/" in path else None
        art = compile_source(open(path, encoding="utf-8").read(), path, dialect=dialect,
                             helpers="import")
        names |= set(art.helpers)
    text = helper_module(names)
    small = minify.string("application/javascript", text) if minify else text
    rows.append([label, len(names), len(helper_closure(names)), len(text), len(small),
                 len(gzip.compress(small.encode(), 9))])
print(json.dumps(rows))
"""


def helpers_shipped(before: str, tmp: Path):
    """(label, before row, after row) for HELPER_PROGRAMS; rows from _MEASURE."""
    import json
    import os
    import tarfile

    archive = tmp / "before.tar"
    subprocess.run(["git", "archive", "-o", str(archive), before, "packages/sprag-codegen/src"],
                   cwd=ROOT, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(tmp / "before")
    spec = json.dumps(HELPER_PROGRAMS)
    result = {}
    for which, path in (("before", tmp / "before" / "packages/sprag-codegen/src"),
                        ("after", ROOT / "packages/sprag-codegen/src")):
        env = dict(os.environ, PYTHONPATH=str(path))
        proc = subprocess.run([sys.executable, "-c", _MEASURE, spec], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
        result[which] = json.loads(proc.stdout)
    return list(zip(result["before"], result["after"]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--before", default="070b619",
                        help="git ref of the compiler to compare helper sizes against")
    parser.add_argument("--helpers-only", action="store_true",
                        help="only the helpers-shipped table (no node or PScript needed)")
    parser.add_argument("--cpu", action="store_true",
                        help="time programs by child CPU time (user+sys) instead of wall time")
    args = parser.parse_args()
    global CPU_TIME
    CPU_TIME = args.cpu
    if args.helpers_only:
        text = helpers_table(args.before)
        print(text)
        return
    if not shutil.which("node"):
        raise SystemExit("node is required for the runtime benchmark")
    out = []
    n, lines, ours, theirs = compile_throughput(args.repeat)
    out.append(f"## Compile throughput ({n} corpus programs both compilers accept, {lines} lines, "
               f"median of {args.repeat})\n")
    out.append("| compiler | median s | lines/s | ratio |")
    out.append("|---|---:|---:|---:|")
    out.append(f"| sprag-codegen | {ours:.3f} | {lines / ours:,.0f} | 1.00 |")
    out.append(f"| PScript | {theirs:.3f} | {lines / theirs:,.0f} | {theirs / ours:.2f}x slower |"
               if theirs >= ours else
               f"| PScript | {theirs:.3f} | {lines / theirs:,.0f} | {ours / theirs:.2f}x faster |")
    with tempfile.TemporaryDirectory() as tmp:
        rows = runtime(args.repeat, Path(tmp))
    what = "process CPU time, user+sys" if args.cpu else "process wall time"
    out.append(f"\n## Runtime ({what}, median of {args.repeat})\n")
    out.append("| program | compiled (node) s | hand-written JS s | CPython s | compiled / hand JS "
               "| CPython / compiled |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for name, c, h, p in rows:
        out.append(f"| {name} | {c:.3f} | {h:.3f} | {p:.3f} | {c / h:.2f} | {p / c:.2f} |")
    out.append("\n## Generated size\n")
    out.append("| program | inline module bytes | gzip | code without helpers bytes |")
    out.append("|---|---:|---:|---:|")
    for name, raw, gz, code in sizes():
        out.append(f"| {name} | {raw:,.0f} | {gz:,.0f} | {code:,.0f} |")
    out.append("\n" + helpers_table(args.before))
    header = (f"# sprag-codegen benchmark\n\nCommand: `.venv/bin/python bench/codegen_bench.py "
              f"--repeat {args.repeat}{' --cpu' if args.cpu else ''} --before {args.before}`  \nMachine: {platform.machine()}, "
              f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, "
              f"Python {platform.python_version()}, node "
              f"{subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}\n")
    notes = (
        "\nNotes: process wall time includes node/CPython start-up. The machine may be shared, so"
        " absolute times are noisy; the columns of each row are measured in the same run. PScript"
        " is installed only for this benchmark (`uv pip install pscript`), never a dependency;"
        " \"both accept\" means compile_source and pscript.py2js both returned without error"
        " (PScript's output is not checked for correctness).\n"
    )
    text = header + "\n" + "\n".join(out) + "\n" + notes
    print(text)
    if args.out:
        args.out.write_text(text)


def helpers_table(before: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        rows = helpers_shipped(before, Path(tmp))
    out = [f"## Helpers shipped (`helper_module(art.helpers)`; before = `{before}`, same run)\n",
           "| program | helpers used before / after | helpers shipped before / after "
           "| raw bytes before / after | minified before / after | gzip before / after "
           "| gzip ratio |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    for b, a in rows:
        out.append(f"| {a[0]} | {b[1]} / {a[1]} | {b[2]} / {a[2]} | {b[3]:,} / {a[3]:,} "
                   f"| {b[4]:,} / {a[4]:,} | {b[5]:,} / {a[5]:,} | {a[5] / b[5]:.2f} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
