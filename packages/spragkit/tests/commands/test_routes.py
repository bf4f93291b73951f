from __future__ import annotations

import json


def test_routes_lists_every_route_with_its_kind_and_source(run, project):
    result = run("routes", "-C", project)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["PATH", "KIND", "ACTION", "FIELDS", "SOURCE"]
    assert any(line.split()[:2] == ["/about", "document"] for line in lines)
    assert any(line.split()[:2] == ["/", "document"] for line in lines)
    assert "app/routes/counter/page.py" in result.output
    assert "3 route(s), 0 mount(s), 1 action(s)" in result.output


def test_routes_shows_actions_with_their_schema_fields(run, project):
    result = run("routes", "-C", project)
    counter = next(line for line in result.output.splitlines() if line.startswith("/counter"))
    assert "hybrid" in counter and "increment" in counter
    assert "count: integer (required)" in counter


def test_routes_lists_mounts_and_schema_limits(run, project):
    assert run("add", "mount", "admin-panel", "-C", project).exit_code == 0
    assert run("add", "route", "blog/[slug]", "--mode=hybrid", "-C", project).exit_code == 0
    result = run("routes", "-C", project)
    assert result.exit_code == 0, result.output
    mount = next(line for line in result.output.splitlines() if line.startswith("/admin-panel"))
    assert "mount" in mount
    assert "clicks: integer (required, min 0)" in result.output
    assert "4 route(s), 1 mount(s), 2 action(s)" in result.output


def test_routes_json_is_machine_readable(run, project):
    result = run("routes", "--json", "-C", project)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    counter = next(s for s in data if s["path"] == "/counter")
    assert counter["mode"] == "hybrid"
    assert counter["actions"][0]["schema"]["fields"]["count"]["required"] is True


def test_routes_outside_a_project_is_one_line_with_a_hint(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("routes")
    assert result.exit_code == 1
    assert "not inside a SPRAG project" in result.output
    assert "hint: " in result.output


def test_routes_reports_a_broken_module_with_its_file_and_line(run, project):
    server = project / "app" / "routes" / "about" / "server.py"
    server.write_text(server.read_text() + "\nraise RuntimeError('broken on purpose')\n")
    result = run("routes", "-C", project)
    assert result.exit_code == 1
    assert "broken on purpose" in result.output
    assert "app/routes/about/server.py:" in result.output
    assert "Traceback" not in result.output
    assert "--verbose" in result.output


def test_routes_verbose_prints_the_traceback(run, project):
    server = project / "app" / "routes" / "about" / "server.py"
    server.write_text(server.read_text() + "\nraise RuntimeError('broken on purpose')\n")
    result = run("routes", "--verbose", "-C", project)
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.output


def test_routes_reports_a_route_conflict_naming_both_files(run, project):
    assert run("add", "route", "blog/[slug]", "-C", project).exit_code == 0
    assert run("add", "route", "blog/[id]", "-C", project).exit_code == 0
    result = run("routes", "-C", project)
    assert result.exit_code == 1
    assert "RouteConflictError" in result.output
    assert "[slug]" in result.output and "[id]" in result.output
