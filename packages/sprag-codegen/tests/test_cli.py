"""The command line, run as real subprocesses (both entry points)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import needs_node, run_node_file

GOOD = 'def greet(name):\n    return f"hi {name}"\n\nprint(greet("ada"), 2.0, [1, None])\n'
BAD = "x = 1\nexec('f')\nimport os\n"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sprag_codegen", *args], capture_output=True,
                          text=True, cwd=str(cwd), timeout=60)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.py"
    path.write_text(GOOD)
    return path


@needs_node
def test_output_module_runs_with_node(good: Path, tmp_path: Path):
    proc = cli(str(good), "-o", "out.mjs", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    run = run_node_file(tmp_path / "out.mjs")
    assert run.stdout == "hi ada 2.0 [1, None]\n"


def test_without_output_the_module_goes_to_stdout(good: Path, tmp_path: Path):
    proc = cli(str(good), cwd=tmp_path)
    assert proc.returncode == 0
    assert "export { greet };" in proc.stdout


def test_source_map_is_written_next_to_the_output(good: Path, tmp_path: Path):
    proc = cli(str(good), "-o", "out.mjs", "--source-map", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    smap = json.loads((tmp_path / "out.mjs.map").read_text())
    assert smap["version"] == 3 and smap["sourcesContent"] == [GOOD]
    assert (tmp_path / "out.mjs").read_text().rstrip().endswith("//# sourceMappingURL=out.mjs.map")


def test_check_writes_nothing_and_exits_zero(good: Path, tmp_path: Path):
    proc = cli(str(good), "--check", "-o", "never.mjs", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout == ""
    assert not (tmp_path / "never.mjs").exists()


def test_errors_print_every_diagnostic_and_exit_one(tmp_path: Path):
    bad = tmp_path / "bad.py"
    bad.write_text(BAD)
    proc = cli(str(bad), "-o", "out.mjs", cwd=tmp_path)
    assert proc.returncode == 1
    assert f"{bad}:2:0: error: 'exec()' is not available" in proc.stderr
    assert f"{bad}:3:0: error: module 'os' is not available" in proc.stderr
    assert "hint:" in proc.stderr and "2 errors" in proc.stderr
    assert not (tmp_path / "out.mjs").exists()


def test_missing_file_is_a_usage_error(tmp_path: Path):
    proc = cli("nope.py", cwd=tmp_path)
    assert proc.returncode == 2
    assert "cannot read nope.py" in proc.stderr


def test_console_script_is_installed(good: Path, tmp_path: Path):
    exe = Path(sys.executable).with_name("sprag-codegen")
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    proc = subprocess.run([str(exe), str(good), "--check"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr


@needs_node
def test_import_mode_writes_the_helper_module(good: Path, tmp_path: Path):
    proc = cli(str(good), "-o", "app.mjs", "--helpers", "import", "--helpers-specifier",
               "./pyrt.mjs", "--helper-module", "pyrt.mjs", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    run = run_node_file(tmp_path / "app.mjs")
    assert run.stdout == "hi ada 2.0 [1, None]\n", run.stderr
