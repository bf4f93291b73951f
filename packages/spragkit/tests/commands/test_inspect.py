from __future__ import annotations


def test_inspect_shows_the_declaration_and_actions(run, project):
    result = run("inspect", "/counter", "-C", project)
    assert result.exit_code == 0, result.output
    assert "/counter  (hybrid)" in result.output
    assert "app/routes/counter/page.py" in result.output
    assert "CounterController" in result.output and "CounterScreen" in result.output
    assert "increment(count: integer (required))" in result.output


def test_inspect_a_document_page_ships_no_javascript(run, project):
    result = run("inspect", "/about", "-C", project)
    assert result.exit_code == 0, result.output
    assert "ships no JavaScript" in result.output


def test_inspect_matches_a_concrete_url_to_its_dynamic_route(run, project):
    run("add", "route", "blog/[slug]", "-C", project)
    result = run("inspect", "/blog/hello", "-C", project)
    assert result.exit_code == 0, result.output
    assert "/blog/[slug]  (document)" in result.output


def test_inspect_unknown_path_lists_known_ones(run, project):
    result = run("inspect", "/nope", "-C", project)
    assert result.exit_code == 1
    assert "no route or mount matches '/nope'" in result.output
    assert "/counter" in result.output


def test_inspect_open_files_prints_only_paths(run, project):
    result = run("inspect", "/counter", "--open-files", "-C", project)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "app/routes/counter/modules.py" in lines
    assert "app/routes/counter/page.py" in lines
    assert all((project / line).exists() for line in lines)
