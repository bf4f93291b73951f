"""Differential harness: every corpus program prints the same bytes in CPython and, compiled, in JS.

Each file in ``tests/corpus/`` is a small deterministic Python program that prints its results.
It is run with ``sys.executable``; the same source is compiled in-process with
``compile_source(src, filename, helpers="inline")`` and the ES module is run in a JavaScript
engine. Stdout must be byte-identical, and an uncaught exception must give a non-zero exit
status on both sides.

Engine: ``node`` when it is on PATH, otherwise the ``mini-racer`` package (embedded V8).
Set ``SPRAG_CODEGEN_JS_ENGINE=node`` or ``=mini-racer`` to force one.
``match_*.py`` programs use ``match``/``case`` and are skipped on Python < 3.10.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

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
    if forced not in ("", "node", "mini-racer"):
        return None, f"SPRAG_CODEGEN_JS_ENGINE={forced!r} is not 'node' or 'mini-racer'"
    if forced in ("", "node") and shutil.which("node"):
        return "node", ""
    if forced == "node":
        return None, "SPRAG_CODEGEN_JS_ENGINE=node but no `node` on PATH"
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
    """Run a corpus program in CPython (the interpreter running the tests)."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run(
        [sys.executable, "-I", str(path)],
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


def run_mini_racer(code: str) -> Run:
    """Run the compiled program in mini-racer, collecting ``globalThis.__pyPrint`` output."""
    from py_mini_racer import JSEvalException, JSPromiseError, JSTimeoutException, MiniRacer

    ctx = MiniRacer()
    ctx.eval("globalThis.__pyOut = []; globalThis.__pyPrint = (t) => { __pyOut.push(String(t)); };")
    try:
        promise = ctx.eval(module_to_script(code), timeout_sec=TIMEOUT_S)
        promise.get(timeout=TIMEOUT_S)
        status, error = 0, ""
    except JSTimeoutException as exc:
        raise EngineTimeout(str(exc)) from exc
    except (JSEvalException, JSPromiseError) as exc:  # an uncaught error, sync or async
        status, error = 1, str(exc)
    try:
        return Run(str(ctx.eval("__pyOut.join('')")), status, error)
    finally:
        close = getattr(ctx, "close", None)
        if close is not None:
            close()


def compile_program(path: Path) -> str:
    """Compile a corpus file in-process with helpers inlined; return the ES module text."""
    from sprag_codegen import JSCodegenError, compile_source

    source = path.read_text(encoding="utf-8")
    try:
        artifact = compile_source(source, path.name, helpers="inline")
    except JSCodegenError as err:
        pytest.fail(
            f"{path.name} is inside the supported subset but the compiler rejected it:\n{err}",
            pytrace=False,
        )
    return artifact.code


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
    if path.name.startswith("match_") and sys.version_info < (3, 10):
        marks.append(pytest.mark.skip(reason="match/case needs Python 3.10+ to run in CPython"))
    return pytest.param(path, id=path.name, marks=marks)


def test_corpus_has_enough_programs():
    assert len(PROGRAMS) >= MIN_PROGRAMS, f"only {len(PROGRAMS)} corpus programs"


@pytest.mark.skipif(ENGINE is None, reason=NO_ENGINE_REASON or "no JavaScript engine")
@pytest.mark.parametrize("path", [_param(p) for p in PROGRAMS])
def test_compiled_program_prints_what_cpython_prints(path: Path, tmp_path: Path):
    try:
        py = run_python(path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: CPython run exceeded {TIMEOUT_S}s", pytrace=False)
    assert py.stdout, f"{path.name} printed nothing in CPython: a corpus program must print"

    code = compile_program(path)
    js_path: Path | None = None
    try:
        if ENGINE == "node":
            js_path = tmp_path / "out.mjs"
            js = run_node(code, tmp_path)
        else:
            js = run_mini_racer(code)
    except EngineTimeout:
        pytest.fail(f"{path.name}: compiled program exceeded {TIMEOUT_S}s", pytrace=False)

    report = _failure_report(path.name, py, js, js_path)
    assert js.stdout == py.stdout, report
    assert (js.returncode != 0) == (py.returncode != 0), (
        "exit status disagrees (an uncaught exception must fail on both sides)\n" + report
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
