from __future__ import annotations

import json

import pytest

from sprag.toolchain.compile import compiler_available

needs_compiler = pytest.mark.skipif(
    not compiler_available(), reason="sprag_codegen.compile_source is not available yet"
)


def _lines(output: str) -> dict:
    """{check name: status} from doctor's one-line-per-check output."""
    found = {}
    for line in output.splitlines():
        parts = line.split("  ")
        if parts and parts[0].strip() in ("ok", "warn", "FAIL", "skip"):
            rest = [p for p in parts[1:] if p.strip()]
            found[rest[0].strip()] = parts[0].strip()
    return found


@needs_compiler
def test_doctor_passes_a_fresh_project_with_one_line_per_check(run, project):
    result = run("doctor", "-C", project)
    assert result.exit_code == 0, result.output
    checks = _lines(result.output)
    for name in ("project shape", "syntax", "imports and discovery", "route conflicts",
                 "buildability", "payload sizes"):
        assert name in checks, result.output
    assert "FAIL" not in checks.values()


def test_doctor_fails_on_a_syntax_error_naming_file_and_line(run, project):
    (project / "app" / "routes" / "about" / "web.py").write_text("def broken(:\n")
    result = run("doctor", "-C", project)
    assert result.exit_code == 1
    assert _lines(result.output)["syntax"] == "FAIL"
    assert "app/routes/about/web.py:1" in result.output
    assert "check(s) failed" in result.output


def test_doctor_fails_on_a_route_conflict(run, project):
    run("add", "route", "blog/[slug]", "-C", project)
    run("add", "route", "blog/[id]", "-C", project)
    result = run("doctor", "-C", project)
    assert result.exit_code == 1
    checks = _lines(result.output)
    assert checks["route conflicts"] == "FAIL"
    assert checks["imports and discovery"] == "skip"


def test_doctor_fails_when_a_page_does_not_render(run, project):
    server = project / "app" / "routes" / "about" / "server.py"
    server.write_text(server.read_text().replace("return {", "return 1 / 0 or {"))
    result = run("doctor", "-C", project)
    assert result.exit_code == 1
    assert _lines(result.output)["payload sizes"] == "FAIL"
    assert "/about answered 500" in result.output


@needs_compiler
def test_doctor_warns_when_requirements_do_not_name_spragkit(run, project):
    (project / "requirements.txt").write_text("flask\n")
    result = run("doctor", "-C", project)
    assert result.exit_code == 0, result.output
    assert _lines(result.output)["project shape"] == "warn"
    assert "does not name spragkit" in result.output


def test_doctor_stops_at_a_missing_project_shape(run, tmp_path):
    (tmp_path / "app" / "routes").mkdir(parents=True)
    (tmp_path / "app" / "routes").rmdir()
    result = run("doctor", "-C", tmp_path)
    assert result.exit_code == 1
    assert "not inside a SPRAG project" in result.output


@needs_compiler
def test_doctor_json_lists_every_check(run, project):
    result = run("doctor", "--json", "-C", project)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [c["name"] for c in data][:2] == ["project shape", "syntax"]
    assert all(c["status"] in ("ok", "warn", "skip") for c in data)
