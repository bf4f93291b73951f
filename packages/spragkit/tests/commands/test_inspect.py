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


def test_inspect_maps_compiled_lines_back_to_the_python_source(run, project):
    result = run("inspect", "/counter", "-C", project)
    assert result.exit_code == 0, result.output
    mapped = [line.strip() for line in result.output.splitlines() if " -> " in line]
    assert any(line.startswith("js:") and "app/routes/counter/modules.py:" in line for line in mapped)
    # the line a mapping names is a real line of the Python file
    modules = (project / "app/routes/counter/modules.py").read_text().splitlines()
    target = next(line for line in mapped if "modules.py:" in line)
    assert 1 <= int(target.rsplit(":", 1)[1]) <= len(modules)


def test_dev_serves_the_source_map_of_each_compiled_module(project):
    from sprag.project import load_app

    app = load_app(project, mode="dev")
    client = app.flask.test_client()
    page = client.get("/counter").get_data(as_text=True)
    assert page
    files = app.browser.files() if hasattr(app, "browser") else None
    assert files is not None, "App.browser is the BrowserAssets of the app"
    module_url = next(u for u in files if "/m/app/routes/counter/modules." in u and u.endswith(".js"))
    code = client.get(module_url).get_data(as_text=True)
    assert code.rstrip().endswith(".js.map")
    source_map = client.get(module_url + ".map").get_json()
    assert source_map["version"] == 3
    assert any(src.endswith("app/routes/counter/modules.py") for src in source_map["sources"])
