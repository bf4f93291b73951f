from __future__ import annotations

import json

import pytest

from sprag.toolchain.compile import compiler_available

needs_compiler = pytest.mark.skipif(
    not compiler_available(), reason="sprag_codegen.compile_source is not available yet"
)

BROKEN_MODULE = '''
from sprag import Module


class {name}(Module):
    def on_start(self):
        with open("x") as f:
            print(f)
'''


@needs_compiler
def test_build_writes_a_deployable_folder(run, project):
    (project / ".env").write_text("GREETING=hi\n")
    (project / ".env.local").write_text("SECRET=do-not-ship\n")
    result = run("build", "-C", project)
    assert result.exit_code == 0, result.output
    dist = project / "dist"
    manifest = json.loads((dist / "manifest.json").read_text())
    assert manifest["surfaces"]["/counter"]["entry"]
    assert (dist / "public").is_dir()
    assert (dist / "app" / "routes" / "counter" / "modules.py").is_file()
    assert "def main()" in (dist / "server.py").read_text()
    assert "spragkit>=0.2" in (dist / "requirements.txt").read_text()
    assert (dist / ".env").is_file() and not (dist / ".env.local").exists()
    assert "[3/3] ok   /counter (hybrid)" in result.output


@needs_compiler
def test_build_reports_every_broken_surface_and_keeps_the_old_build(run, project):
    assert run("build", "-C", project).exit_code == 0
    before = (project / "dist" / "manifest.json").read_text()
    for name in ("alpha", "beta"):
        assert run("add", "route", name, "--mode=hybrid", "-C", project).exit_code == 0
        (project / "app" / "routes" / name / "modules.py").write_text(
            BROKEN_MODULE.format(name=name.title() + "Module"))
    result = run("build", "-C", project)
    assert result.exit_code == 1
    assert "FAIL /alpha (hybrid)" in result.output and "FAIL /beta (hybrid)" in result.output
    assert "alpha/modules.py" in result.output and "beta/modules.py" in result.output
    assert "2 of 5 surface(s) have errors" in result.output
    assert (project / "dist" / "manifest.json").read_text() == before


def test_build_outside_a_project_fails_with_a_hint(run, tmp_path):
    result = run("build", "-C", tmp_path)
    assert result.exit_code == 1
    assert "not inside a SPRAG project" in result.output


@needs_compiler
def test_build_prints_its_elapsed_time_once(run, project):
    import re

    result = run("build", "-C", project)
    assert result.exit_code == 0, result.output
    built = [line for line in result.output.splitlines() if line.strip().startswith(("Built", "✓ Built"))
             or "Built " in line]
    assert len(built) == 1, result.output
    assert len(re.findall(r"\d+\.\d\d ?s\b", built[0])) == 1, built[0]


def test_build_shows_the_real_import_error_of_a_server_module(run, project):
    server = project / "app" / "routes" / "about" / "server.py"
    lines = server.read_text().splitlines()
    server.write_text("\n".join(lines + ["import nonexistent_module_for_sprag_test"]) + "\n")
    result = run("build", "-C", project)
    assert result.exit_code != 0
    assert "ModuleNotFoundError: No module named 'nonexistent_module_for_sprag_test'" in result.output
    assert f"app/routes/about/server.py:{len(lines) + 1}" in result.output
    assert not (project / "dist").exists()
