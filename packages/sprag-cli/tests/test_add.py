from __future__ import annotations

import ast

import pytest

from sprag_cli import cli


@pytest.fixture()
def project(runner, in_tmp, monkeypatch):
    result = runner.invoke(cli, ["new", "proj", "--template", "bare"])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(in_tmp / "proj")
    return in_tmp / "proj"


def test_add_document_route_writes_page_server_and_screen(runner, project):
    result = runner.invoke(cli, ["add", "route", "about", "--mode=document"])
    assert result.exit_code == 0, result.output
    folder = project / "app" / "routes" / "about"
    assert sorted(p.name for p in folder.iterdir()) == ["page.py", "server.py", "web.py"]
    page = (folder / "page.py").read_text()
    assert 'path="/about"' in page and 'mode="document"' in page
    assert "AboutController" in page and "AboutScreen" in page


def test_add_hybrid_route_writes_components_and_modules(runner, project):
    result = runner.invoke(cli, ["add", "route", "dashboard", "--mode=hybrid"])
    assert result.exit_code == 0, result.output
    folder = project / "app" / "routes" / "dashboard"
    assert sorted(p.name for p in folder.iterdir()) == [
        "components.py", "modules.py", "page.py", "server.py", "web.py",
    ]
    assert 'mode="hybrid"' in (folder / "page.py").read_text()
    assert "class DashboardModule(Module)" in (folder / "modules.py").read_text()


def test_add_route_with_params_reads_them_from_the_request(runner, project):
    result = runner.invoke(cli, ["add", "route", "blog/[slug]", "--mode=hybrid"])
    assert result.exit_code == 0, result.output
    server = (project / "app" / "routes" / "blog" / "[slug]" / "server.py").read_text()
    assert 'route = "/blog/[slug]"' in server
    assert 'params["slug"]' in server


def test_add_catch_all_route_joins_the_segments(runner, project):
    result = runner.invoke(cli, ["add", "route", "docs/[...path]"])
    assert result.exit_code == 0, result.output
    server = (project / "app" / "routes" / "docs" / "[...path]" / "server.py").read_text()
    assert '"/".join(params["path"])' in server


def test_add_mount_writes_mount_component_and_boot_controller(runner, project):
    result = runner.invoke(cli, ["add", "mount", "admin-panel"])
    assert result.exit_code == 0, result.output
    folder = project / "app" / "mounts" / "admin-panel"
    assert sorted(p.name for p in folder.iterdir()) == ["components.py", "mount.py", "server.py"]
    mount = (folder / "mount.py").read_text()
    assert 'path="/admin-panel"' in mount and "AdminPanelApp" in mount


def test_every_added_python_file_parses(runner, project):
    for args in (["route", "a", "--mode=document"], ["route", "b/[id]", "--mode=hybrid"],
                 ["route", "c/[...rest]", "--mode=hybrid"], ["mount", "d-e"]):
        result = runner.invoke(cli, ["add", *args])
        assert result.exit_code == 0, result.output
    for path in (project / "app").rglob("*.py"):
        ast.parse(path.read_text(), filename=str(path))


def test_add_route_refuses_to_overwrite_an_existing_route(runner, project):
    runner.invoke(cli, ["add", "route", "about"])
    page = project / "app" / "routes" / "about" / "page.py"
    page.write_text("# edited by hand\n")
    result = runner.invoke(cli, ["add", "route", "about", "--mode=hybrid"])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert page.read_text() == "# edited by hand\n"
    assert not (project / "app" / "routes" / "about" / "modules.py").exists()


def test_add_mount_refuses_to_overwrite_an_existing_mount(runner, project):
    runner.invoke(cli, ["add", "mount", "panel"])
    result = runner.invoke(cli, ["add", "mount", "panel"])
    assert result.exit_code == 1
    assert "already exists" in result.output


@pytest.mark.parametrize(
    "name",
    ["Dashboard", "my_page", "a//b", "x/-lead", "trail-", "blog/[Slug]", "[...rest]/more",
     "x/[a]/[a]", "blog/post[slug]", ""],
)
def test_add_route_rejects_invalid_names_with_a_hint(runner, project, name):
    result = runner.invoke(cli, ["add", "route", name])
    assert result.exit_code == 1, result.output
    assert "error: " in result.output and "hint: " in result.output
    assert sorted(p.name for p in (project / "app" / "routes").iterdir()) == ["home"]


def test_add_mount_rejects_parameters(runner, project):
    result = runner.invoke(cli, ["add", "mount", "panel/[id]"])
    assert result.exit_code == 1
    assert "invalid mount name" in result.output


def test_add_outside_a_project_says_how_to_get_one(runner, in_tmp):
    result = runner.invoke(cli, ["add", "route", "about"])
    assert result.exit_code == 1
    assert "not inside a SPRAG project" in result.output
    assert "sprag new" in result.output


def test_add_finds_the_project_from_a_subfolder(runner, project, monkeypatch):
    monkeypatch.chdir(project / "app" / "routes")
    result = runner.invoke(cli, ["add", "route", "pricing"])
    assert result.exit_code == 0, result.output
    assert (project / "app" / "routes" / "pricing" / "page.py").exists()


def test_add_with_project_option_targets_that_folder(runner, project, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["add", "route", "team", "-C", "proj"])
    assert result.exit_code == 0, result.output
    assert (project / "app" / "routes" / "team" / "page.py").exists()


def test_add_content_writes_a_collection_and_its_document_routes(runner, project):
    result = runner.invoke(cli, ["add", "content", "guides"])
    assert result.exit_code == 0, result.output
    assert "app/content/guides/" in result.output
    app = project / "app"
    assert sorted(p.name for p in (app / "content" / "guides").iterdir()) == [
        "getting-started.md", "index.md"]
    index = (app / "routes" / "guides" / "page.py").read_text()
    pages = (app / "routes" / "guides" / "[...segments]" / "page.py").read_text()
    collection = (app / "routes" / "guides" / "collection.py").read_text()
    assert 'path="/guides"' in index
    assert 'path="/guides/[...segments]"' in pages and "static_paths=lambda: guides().static_paths()" in pages
    assert 'load_markdown_tree("app/content/guides", base_url="/guides")' in collection
    for path in (index, pages, collection):
        ast.parse(path)


def test_add_content_refuses_to_overwrite_and_writes_nothing(runner, project):
    (project / "app" / "content" / "guides").mkdir(parents=True)
    (project / "app" / "content" / "guides" / "index.md").write_text("mine")
    result = runner.invoke(cli, ["add", "content", "guides"])
    assert result.exit_code == 1
    assert "app/content/guides/index.md" in result.output
    assert (project / "app" / "content" / "guides" / "index.md").read_text() == "mine"
    assert not (project / "app" / "routes" / "guides").exists()


def test_add_content_rejects_parameters_in_the_name(runner, project):
    result = runner.invoke(cli, ["add", "content", "docs/[slug]"])
    assert result.exit_code == 1
