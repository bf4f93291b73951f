"""Shared helpers for sprag-codegen tests: compile Python and run it with node."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


def _reference_python() -> str | None:
    """The CPython 3.11 compiled code is checked against: this one, or python3.11 on PATH."""
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    candidate = shutil.which("python3.11")
    if candidate is None:
        return None
    try:
        out = subprocess.run(
            [candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
            capture_output=True, text=True, timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return candidate if out == "True" else None


# Error texts and some reprs differ between CPython versions; the compiler targets 3.11's.
REFERENCE_PYTHON = _reference_python()
NO_REFERENCE_REASON = (
    "compiled code is checked against CPython 3.11 (other versions word some errors "
    "differently) and no python3.11 is on PATH"
)


def run_node_file(path: Path, timeout: float = 20.0) -> subprocess.CompletedProcess:
    return subprocess.run([NODE, str(path)], capture_output=True, text=True, timeout=timeout,
                          cwd=str(path.parent))


@pytest.fixture
def run_py(tmp_path):
    """Compile dedented Python source, run it in node, return the CompletedProcess."""
    from sprag_codegen import compile_source

    def run(source: str, **kwargs) -> subprocess.CompletedProcess:
        if NODE is None:
            pytest.skip("node is not installed")
        art = compile_source(textwrap.dedent(source), "prog.py", **kwargs)
        out = tmp_path / "prog.mjs"
        out.write_text(art.code, encoding="utf-8")
        return run_node_file(out)

    return run


@pytest.fixture
def same_as_cpython(run_py, tmp_path):
    """Assert a program prints the same in CPython and compiled in node."""

    def check(source: str) -> str:
        src = textwrap.dedent(source)
        py_file = tmp_path / "ref.py"
        py_file.write_text(src, encoding="utf-8")
        if REFERENCE_PYTHON is None:
            pytest.skip(NO_REFERENCE_REASON)
        expected = subprocess.run([REFERENCE_PYTHON, str(py_file)], capture_output=True, text=True,
                                  timeout=20).stdout
        got = run_py(src)
        assert got.stdout == expected, got.stderr
        return got.stdout

    return check
