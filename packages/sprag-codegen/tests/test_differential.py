"""Differential harness: every corpus program prints the same bytes in CPython and, compiled, in JS.

Each file in ``tests/corpus/`` is a small deterministic Python program that prints its results.
It is run with CPython 3.11, the semantics the compiler targets (``sys.executable`` when the
tests run on 3.11, else ``python3.11`` from PATH; without one the comparisons are skipped with
that reason, since other versions word some errors differently); the same source is compiled
in-process (by the running Python's ``ast``) with
``compile_source(src, filename, helpers="inline")`` and the ES module is run in a JavaScript
engine. Stdout must be byte-identical, and an uncaught exception must give a non-zero exit
status on both sides.

Engine: ``node`` when it is on PATH, otherwise the ``mini-racer`` package (embedded V8).
With node, the selected programs run in one node process, each in a fresh ``vm`` context with
its own output, status and timeout (a program the batch loses is re-run alone as ``node
out.mjs``). Set ``SPRAG_CODEGEN_JS_ENGINE`` to ``node``, ``node-process`` (one ``node out.mjs``
per program) or ``mini-racer`` to force one.
A program the running Python cannot parse (``match``/``case`` on 3.9) is skipped.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import NO_REFERENCE_REASON, REFERENCE_PYTHON

CORPUS = Path(__file__).parent / "corpus"
PROGRAMS = sorted(CORPUS.glob("*.py"))
TIMEOUT_S = 10.0
MIN_PROGRAMS = 160


class EngineTimeout(Exception):
    """The compiled program did not finish within TIMEOUT_S."""


@dataclass(frozen=True)
class Run:
    """What one program did: its stdout, exit status and stderr."""

    stdout: str
    returncode: int
    stderr: str


def _choose_engine() -> tuple[str | None, str]:
    """Return (engine name or None, reason when None)."""
    forced = os.environ.get("SPRAG_CODEGEN_JS_ENGINE", "").strip().lower()
    if forced not in ("", "node", "node-process", "mini-racer"):
        return None, (
            f"SPRAG_CODEGEN_JS_ENGINE={forced!r} is not 'node', 'node-process' or 'mini-racer'"
        )
    if forced in ("", "node", "node-process") and shutil.which("node"):
        return forced or "node", ""
    if forced in ("node", "node-process"):
        return None, f"SPRAG_CODEGEN_JS_ENGINE={forced} but no `node` on PATH"
    try:
        import py_mini_racer  # noqa: F401
    except ImportError:
        return None, (
            "no JavaScript engine: install node or `pip install mini-racer` "
            "(the sprag-codegen[test] extra) to run the differential corpus"
        )
    return "mini-racer", ""


ENGINE, NO_ENGINE_REASON = _choose_engine()




def run_python(path: Path) -> Run:
    """Run a corpus program in the reference CPython 3.11."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run(
        [REFERENCE_PYTHON, "-I", str(path)],
        capture_output=True,
        timeout=TIMEOUT_S,
        env=env,
        cwd=str(path.parent),
    )
    return Run(
        proc.stdout.decode("utf-8", "replace"),
        proc.returncode,
        proc.stderr.decode("utf-8", "replace"),
    )


def run_node(code: str, workdir: Path) -> Run:
    """Run an ES module with ``node out.mjs``."""
    out = workdir / "out.mjs"
    out.write_text(code, encoding="utf-8")
    try:
        proc = subprocess.run(
            ["node", str(out)], capture_output=True, timeout=TIMEOUT_S, cwd=str(workdir)
        )
    except subprocess.TimeoutExpired as exc:
        raise EngineTimeout(str(exc)) from exc
    return Run(
        proc.stdout.decode("utf-8", "replace"),
        proc.returncode,
        proc.stderr.decode("utf-8", "replace"),
    )


_EXPORT_DECL = re.compile(
    r"^export\s+(?=(?:async\s+)?(?:function\b|class\b|const\b|let\b|var\b))", re.MULTILINE
)
_EXPORT_LIST = re.compile(r"^export\s*\{[^}]*\}\s*;?[ \t]*$", re.MULTILINE)


def module_to_script(code: str) -> str:
    """Turn the compiled ES module into a script body for an embedded V8 (no module loader).

    ``export`` is dropped from top-level declarations and ``export { ... }`` lists are removed;
    the body is wrapped in an async function so top-level ``await`` still works and an uncaught
    error (sync or async) rejects the returned promise.
    """
    body = _EXPORT_LIST.sub("", _EXPORT_DECL.sub("", code))
    if re.search(r"^\s*import\s", body, re.MULTILINE):
        raise AssertionError("inline-helpers module still has an import statement:\n" + body)
    return '(async () => {\n"use strict";\n' + body + "\n})()"


_MINI_RACER_PRELUDE = r"""
globalThis.__pyOut = [];
globalThis.__pyPrint = (t) => { __pyOut.push(String(t)); };
globalThis.__done = 0;
globalThis.__err = "";
(() => {
  const timers = [];
  let seq = 0;
  let now = 0;
  globalThis.setTimeout = (fn, ms, ...args) => {
    const id = ++seq;
    timers.push({ id, due: now + Math.max(0, Number(ms) || 0), fn, args });
    return id;
  };
  globalThis.clearTimeout = (id) => {
    const i = timers.findIndex((t) => t.id === id);
    if (i >= 0) timers.splice(i, 1);
  };
  globalThis.setImmediate = (fn, ...args) => globalThis.setTimeout(fn, 0, ...args);
  globalThis.clearImmediate = globalThis.clearTimeout;
  globalThis.queueMicrotask = (fn) => { Promise.resolve().then(fn); };
  globalThis.__runNextTimer = () => {
    if (!timers.length) return false;
    timers.sort((a, b) => a.due - b.due || a.id - b.id);
    const t = timers.shift();
    now = t.due;
    t.fn(...t.args);
    return true;
  };
})();
"""


def run_mini_racer(code: str) -> Run:
    """Run the compiled program in mini-racer, collecting ``globalThis.__pyPrint`` output.

    Timers are emulated with a virtual clock: each timer callback runs in its own ``eval`` so
    the microtask queue drains in between, as in node's event loop. Unlike node, an unhandled
    rejection of a promise nobody awaits is not detected here.
    """
    import time

    from py_mini_racer import JSEvalException, JSTimeoutException, MiniRacer

    ctx = MiniRacer()
    deadline = time.monotonic() + TIMEOUT_S
    status, error = 0, ""
    try:
        ctx.eval(_MINI_RACER_PRELUDE)
        ctx.eval(
            "(" + module_to_script(code) + ").then(() => { __done = 1; },"
            " (e) => { __done = 2; __err = String((e && e.stack) || e); });",
            timeout_sec=TIMEOUT_S,
        )
        while True:  # like node: keep running while timers are pending
            left = deadline - time.monotonic()
            if left <= 0:
                raise EngineTimeout(f"compiled program exceeded {TIMEOUT_S}s")
            try:
                if not ctx.eval("__runNextTimer()", timeout_sec=left):
                    break
            except JSTimeoutException as exc:
                raise EngineTimeout(str(exc)) from exc
            except JSEvalException as exc:  # an error thrown by a timer callback
                status, error = 1, str(exc)
                break
        done = ctx.eval("__done")
        if done == 2:
            status, error = 1, str(ctx.eval("__err"))
        elif done == 0 and status == 0:
            status, error = 1, "the program's top-level promise never settled"
        return Run(str(ctx.eval("__pyOut.join('')")), status, error)
    except JSTimeoutException as exc:
        raise EngineTimeout(str(exc)) from exc
    finally:
        close = getattr(ctx, "close", None)
        if close is not None:
            close()


_NODE_BATCH_RUNNER = r"""
"use strict";
// Runs compiled programs one after another, each in a fresh vm context, and behaves like
// `node out.mjs` for each: pending timers keep the program alive, and an error thrown by a timer
// or an unhandled rejection ends the program (no further output) with a non-zero status.
const vm = require("vm");
const fs = require("fs");
const [jobsPath, outPath, timeoutArg] = process.argv.slice(2);
const TIMEOUT_MS = Number(timeoutArg);
const jobs = JSON.parse(fs.readFileSync(jobsPath, "utf8"));
let current = null;
const fail = (res, kind, reason) => {
  if (!res || res.dead) return;
  res.dead = true;
  res.status = 1;
  res.error += kind + ": " + String((reason && reason.stack) || reason) + "\n";
};
process.on("unhandledRejection", (reason) => fail(current, "unhandled rejection", reason));
process.on("uncaughtException", (error) => fail(current, "uncaught exception", error));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  const results = {};
  for (const job of jobs) {
    const out = [];
    const res = { stdout: "", status: 0, error: "", timeout: false, dead: false };
    current = res;
    const pending = new Set();
    const guard = (fn, args) => () => {
      if (res.dead) return;
      try { fn(...args); } catch (e) { fail(res, "uncaught exception", e); }
    };
    const sandbox = {
      __pyPrint: (t) => { if (!res.dead) out.push(String(t)); },
      setTimeout: (fn, ms, ...args) => {
        const h = setTimeout(() => { pending.delete(h); guard(fn, args)(); }, ms);
        pending.add(h);
        return h;
      },
      clearTimeout: (h) => { pending.delete(h); clearTimeout(h); },
      setInterval: (fn, ms, ...args) => { const h = setInterval(guard(fn, args), ms); pending.add(h); return h; },
      clearInterval: (h) => { pending.delete(h); clearInterval(h); },
      setImmediate: (fn, ...args) => setImmediate(guard(fn, args)),
      clearImmediate, queueMicrotask, console,
    };
    vm.createContext(sandbox);
    const started = Date.now();
    try {
      const done = vm.runInContext(job.script, sandbox, { timeout: TIMEOUT_MS, filename: job.name + ".js" });
      let timer;
      const expired = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error("__sprag_timeout__")), TIMEOUT_MS); });
      try { await Promise.race([done, expired]); } finally { clearTimeout(timer); }
    } catch (e) {
      if ((e && e.message === "__sprag_timeout__") || (e && e.code === "ERR_SCRIPT_EXECUTION_TIMEOUT")) res.timeout = true;
      fail(res, "uncaught", e);
    }
    while (!res.dead && pending.size && Date.now() - started < TIMEOUT_MS) await sleep(1);
    if (!res.dead && pending.size) res.timeout = true;
    for (const h of pending) { clearTimeout(h); clearInterval(h); }
    await new Promise((resolve) => setImmediate(resolve));  // let unhandled rejections surface
    res.dead = true;
    res.stdout = out.join("");
    results[job.name] = res;
    current = null;
  }
  fs.writeFileSync(outPath, JSON.stringify(results));
})();
"""


def run_node_batch(codes: dict[str, str], workdir: Path) -> dict[str, Run]:
    """Run many compiled programs in one node process, each in a fresh vm context.

    Returns the programs that finished; a program that timed out raises nothing here: it is
    reported as missing so the caller re-runs it alone (and gets a proper timeout there).
    """
    runner = workdir / "batch_runner.cjs"
    runner.write_text(_NODE_BATCH_RUNNER, encoding="utf-8")
    jobs_path = workdir / "jobs.json"
    out_path = workdir / "results.json"
    jobs = [{"name": name, "script": module_to_script(code)} for name, code in codes.items()]
    jobs_path.write_text(json.dumps(jobs), encoding="utf-8")
    budget = TIMEOUT_S * len(jobs) + 30
    try:
        subprocess.run(
            ["node", str(runner), str(jobs_path), str(out_path), str(int(TIMEOUT_S * 1000))],
            capture_output=True,
            timeout=budget,
            cwd=str(workdir),
        )
    except subprocess.TimeoutExpired:
        return {}
    if not out_path.exists():
        return {}
    raw = json.loads(out_path.read_text(encoding="utf-8"))
    return {
        name: Run(r["stdout"], r["status"], r["error"])
        for name, r in raw.items()
        if not r.get("timeout")
    }


@dataclass
class Prepared:
    """One corpus program, run in CPython and compiled (or rejected), before the JS run."""

    python: Run | None = None
    python_timeout: bool = False
    code: str | None = None
    compile_error: str | None = None
    js: Run | None = None


def _compile(path: Path, prepared: Prepared) -> None:
    from sprag_codegen import JSCodegenError, compile_source

    try:
        artifact = compile_source(path.read_text(encoding="utf-8"), path.name, helpers="inline")
    except JSCodegenError as err:
        prepared.compile_error = str(err)
    else:
        prepared.code = artifact.code


def _python(path: Path, prepared: Prepared) -> None:
    try:
        prepared.python = run_python(path)
    except subprocess.TimeoutExpired:
        prepared.python_timeout = True


@pytest.fixture(scope="session")
def prepared_corpus(request, tmp_path_factory) -> dict[str, Prepared]:
    """Run CPython (in parallel), compile in-process, and batch-run node for the selected programs."""
    selected = []
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        path = callspec.params.get("path") if callspec else None
        if isinstance(path, Path) and not item.get_closest_marker("skip"):
            selected.append(path)
    prepared = {path.name: Prepared() for path in selected}
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda p: _python(p, prepared[p.name]), selected))
    for path in selected:
        _compile(path, prepared[path.name])
    if ENGINE == "node":
        codes = {name: p.code for name, p in prepared.items() if p.code is not None}
        batch = run_node_batch(codes, tmp_path_factory.mktemp("node_batch")) if codes else {}
        for name, run in batch.items():
            prepared[name].js = run
    return prepared


def first_difference(expected: str, actual: str) -> str:
    """Describe the first line where two outputs differ."""
    exp_lines = expected.splitlines(keepends=True)
    act_lines = actual.splitlines(keepends=True)
    for number, (exp, act) in enumerate(zip(exp_lines, act_lines), start=1):
        if exp != act:
            return f"line {number}:\n  python: {exp!r}\n  js:     {act!r}"
    number = min(len(exp_lines), len(act_lines)) + 1
    if len(exp_lines) > len(act_lines):
        return f"line {number}: python printed {exp_lines[number - 1]!r}, js output ended"
    if len(act_lines) > len(exp_lines):
        return f"line {number}: js printed {act_lines[number - 1]!r}, python output ended"
    return "outputs differ only in bytes that splitlines() ignores"


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _failure_report(name: str, py: Run, js: Run, js_path: Path | None) -> str:
    where = f"\ncompiled module: {js_path}" if js_path else ""
    return (
        f"{name}: compiled output differs from CPython ({ENGINE}){where}\n"
        f"first difference: {first_difference(py.stdout, js.stdout)}\n"
        f"--- python stdout (exit {py.returncode}) ---\n{py.stdout}"
        f"--- js stdout (exit {js.returncode}) ---\n{js.stdout}"
        f"--- python stderr (tail) ---\n{_tail(py.stderr)}\n"
        f"--- js stderr (tail) ---\n{_tail(js.stderr)}\n"
    )


def _param(path: Path):
    marks = []
    try:
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as exc:
        marks.append(pytest.mark.skip(reason=f"Python {sys.version_info[0]}.{sys.version_info[1]} "
                                      f"cannot parse it ({exc.msg}, line {exc.lineno})"))
    return pytest.param(path, id=path.name, marks=marks)


def test_corpus_has_enough_programs():
    assert len(PROGRAMS) >= MIN_PROGRAMS, f"only {len(PROGRAMS)} corpus programs"


@pytest.mark.skipif(ENGINE is None, reason=NO_ENGINE_REASON or "no JavaScript engine")
@pytest.mark.skipif(REFERENCE_PYTHON is None, reason=NO_REFERENCE_REASON)
@pytest.mark.parametrize("path", [_param(p) for p in PROGRAMS])
def test_compiled_program_prints_what_cpython_prints(path: Path, tmp_path: Path, prepared_corpus):
    prepared = prepared_corpus.get(path.name) or Prepared()
    if prepared.python is None and not prepared.python_timeout:
        _python(path, prepared)
    if prepared.python_timeout:
        pytest.fail(f"{path.name}: CPython run exceeded {TIMEOUT_S}s", pytrace=False)
    py = prepared.python
    assert py is not None
    assert py.stdout, f"{path.name} printed nothing in CPython: a corpus program must print"

    if prepared.code is None and prepared.compile_error is None:
        _compile(path, prepared)
    if prepared.compile_error is not None:
        pytest.fail(
            f"{path.name} is inside the supported subset but the compiler rejected it:\n"
            f"{prepared.compile_error}",
            pytrace=False,
        )
    code = prepared.code
    assert code is not None
    try:
        code.encode("utf-8")
    except UnicodeEncodeError as exc:
        pytest.fail(
            f"{path.name}: the compiled module cannot be saved as UTF-8 ({exc.reason} at "
            f"offset {exc.start}, {code[exc.start]!r}): escape it in the JS string literal",
            pytrace=False,
        )

    js_path = tmp_path / "out.mjs"
    js = prepared.js
    try:
        if js is not None:
            js_path.write_text(code, encoding="utf-8")
        elif ENGINE in ("node", "node-process"):
            js = run_node(code, tmp_path)
        else:
            js_path = None
            js = run_mini_racer(code)
    except EngineTimeout:
        pytest.fail(f"{path.name}: compiled program exceeded {TIMEOUT_S}s", pytrace=False)

    if js.stdout != py.stdout:
        pytest.fail(_failure_report(path.name, py, js, js_path), pytrace=False)
    if (js.returncode != 0) != (py.returncode != 0):
        pytest.fail(
            "exit status disagrees (an uncaught exception must fail on both sides)\n"
            + _failure_report(path.name, py, js, js_path),
            pytrace=False,
        )


def test_first_difference_names_the_first_differing_line():
    assert first_difference("a\nb\nc\n", "a\nx\nc\n") == "line 2:\n  python: 'b\\n'\n  js:     'x\\n'"
    assert first_difference("a\nb\n", "a\n") == "line 2: python printed 'b\\n', js output ended"


def test_module_to_script_drops_exports_and_wraps_in_async_function():
    module = "export class A {}\nexport async function f() {}\nexport const x = 1;\nexport { A as B };\n"
    script = module_to_script(module)
    assert "export" not in script
    assert "class A {}" in script and "async function f() {}" in script
    assert script.startswith("(async () => {") and script.endswith("})()")
