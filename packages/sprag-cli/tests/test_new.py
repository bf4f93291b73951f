from __future__ import annotations

import ast
import re

from sprag_cli import cli


def _python_files(root):
    return sorted(p for p in root.rglob("*.py"))


def test_new_default_scaffolds_the_seed_project_shape(runner, in_tmp):
    result = runner.invoke(cli, ["new", "myapp"])
    assert result.exit_code == 0, result.output
    app = in_tmp / "myapp" / "app"
    for rel in [
        "shell.html", "shell.css", "stores.py", "routes", "mounts", "static",
        "routes/home/page.py", "routes/about/page.py",
    ]:
        assert (app / rel).exists(), rel
    counter = app / "routes" / "counter"
    assert sorted(p.name for p in counter.iterdir()) == [
        "components.py", "modules.py", "page.py", "server.py", "web.py",
    ]
    assert (in_tmp / "myapp" / "requirements.txt").read_text().strip() == "spragkit>=0.2"
    assert (in_tmp / "myapp" / "README.md").exists()
    assert (in_tmp / "myapp" / ".gitignore").exists()


def test_new_default_counter_is_the_seed_example_verbatim(runner, in_tmp):
    runner.invoke(cli, ["new", "myapp"])
    counter = in_tmp / "myapp" / "app" / "routes" / "counter"
    server = counter.joinpath("server.py").read_text()
    assert '@action(schema=Schema("increment", {"count": Field(int, required=True)}))' in server
    modules = counter.joinpath("modules.py").read_text()
    assert 'self.call_action("increment", {"count": self.state["count"]}).then(self.on_result)' \
        in modules
    page = counter.joinpath("page.py").read_text()
    assert 'mode="hybrid"' in page and 'path="/counter"' in page


def test_every_scaffolded_python_file_parses(runner, in_tmp):
    for template in ("default", "bare", "docs", "labs"):
        result = runner.invoke(cli, ["new", template, "--template", template])
        assert result.exit_code == 0, result.output
        for path in _python_files(in_tmp / template):
            ast.parse(path.read_text(), filename=str(path))


def test_new_renders_the_project_name_into_the_shell_and_readme(runner, in_tmp):
    runner.invoke(cli, ["new", "my-shop"])
    shell = (in_tmp / "my-shop" / "app" / "shell.html").read_text()
    assert "My Shop" in shell
    assert "{{ sprag_slot }}" in shell  # left for the framework's Jinja2, not rendered here
    assert (in_tmp / "my-shop" / "README.md").read_text().startswith("# My Shop")


def test_new_bare_is_one_document_page(runner, in_tmp):
    result = runner.invoke(cli, ["new", "tiny", "--template", "bare"])
    assert result.exit_code == 0, result.output
    routes = in_tmp / "tiny" / "app" / "routes"
    assert [p.relative_to(routes).as_posix() for p in _python_files(routes)] == ["home/page.py"]
    assert 'mode="hybrid"' not in (routes / "home" / "page.py").read_text()


def test_new_docs_is_a_markdown_site_with_feed_sitemap_search_and_404(runner, in_tmp):
    result = runner.invoke(cli, ["new", "handbook", "--template", "docs"])
    assert result.exit_code == 0, result.output
    root = in_tmp / "handbook"
    routes = sorted(p.parent.relative_to(root / "app" / "routes").as_posix()
                    for p in (root / "app" / "routes").rglob("page.py"))
    assert routes == ["404", "blog", "blog/[slug]", "docs", "docs/[...segments]", "feed.xml",
                      "home", "search", "search.json", "sitemap.xml", "tags", "tags/[tag]"]
    assert "static_paths=" in (root / "app/routes/docs/[...segments]/page.py").read_text()
    assert sorted(p.name for p in (root / "app" / "content" / "blog").iterdir()) == [
        "hello-world.md", "writing-docs.md"]
    assert "Handbook" in (root / "app" / "content" / "docs" / "index.md").read_text()
    assert 'SITE_TITLE = "Handbook"' in (root / "app" / "site.py").read_text()
    assert "{{ sprag_slot }}" in (root / "app" / "shell.html").read_text()
    # the only JavaScript of the site, small enough to read in one sitting
    assert len((root / "app" / "static" / "search.js").read_bytes()) < 4000


def test_new_labs_has_a_route_per_demo_and_every_home_link_is_a_route(runner, in_tmp):
    result = runner.invoke(cli, ["new", "labs", "--template", "labs"])
    assert result.exit_code == 0, result.output
    root = in_tmp / "labs"
    home = (root / "app" / "routes" / "home" / "server.py").read_text()
    declared = set(re.findall(r'path="([^"]+)"', "".join(
        p.read_text() for p in (root / "app").rglob("*.py"))))
    linked = re.findall(r'\("(/[^"]*)", "', home)
    assert len(linked) >= 20
    assert set(linked) <= declared
    assert "\nSPRAG_PUBLIC_GREETING=" in (root / ".env").read_text()
    assert (root / "app" / "static" / "vendor" / "slugify.mjs").is_file()


def test_default_home_points_to_the_labs_template(runner, in_tmp):
    runner.invoke(cli, ["new", "site"])
    home = (in_tmp / "site" / "app" / "routes" / "home" / "web.py").read_text()
    assert "See every primitive: " in home and "sprag new labs --template labs" in home


def test_new_unknown_template_is_a_usage_error(runner, in_tmp):
    result = runner.invoke(cli, ["new", "x", "--template", "nope"])
    assert result.exit_code == 2
    assert "nope" in result.output
    assert not (in_tmp / "x").exists()


def test_new_refuses_a_non_empty_folder_and_writes_nothing(runner, in_tmp):
    target = in_tmp / "taken"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    result = runner.invoke(cli, ["new", "taken"])
    assert result.exit_code == 1
    assert "error: " in result.output and "not empty" in result.output
    assert "--force" in result.output  # the hint says how to proceed
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


def test_new_accepts_a_folder_holding_only_vcs_editor_and_venv_files(runner, in_tmp):
    target = in_tmp / "repo"
    for name in (".git", ".venv", ".idea", ".vscode"):
        (target / name).mkdir(parents=True)
    result = runner.invoke(cli, ["new", "repo"])
    assert result.exit_code == 0, result.output
    assert (target / "app" / "routes" / "counter" / "page.py").exists()


def test_new_force_overwrites_template_files_and_keeps_others(runner, in_tmp):
    target = in_tmp / "proj"
    (target / "app").mkdir(parents=True)
    (target / "app" / "shell.css").write_text("old")
    (target / "keep.txt").write_text("keep me")
    result = runner.invoke(cli, ["new", "proj", "--force"])
    assert result.exit_code == 0, result.output
    assert (target / "app" / "shell.css").read_text() != "old"
    assert (target / "keep.txt").read_text() == "keep me"
    assert "Overwrote 1 existing file" in result.output


def test_new_dot_scaffolds_in_place_named_after_the_folder(runner, tmp_path, monkeypatch):
    here = tmp_path / "weather-app"
    here.mkdir()
    monkeypatch.chdir(here)
    result = runner.invoke(cli, ["new", "."])
    assert result.exit_code == 0, result.output
    assert (here / "app" / "routes" / "home" / "page.py").exists()
    assert "Weather App" in (here / "app" / "shell.html").read_text()
    assert "cd " not in result.output  # already there


def test_new_refuses_a_target_that_is_a_file(runner, in_tmp):
    (in_tmp / "file").write_text("x")
    result = runner.invoke(cli, ["new", "file"])
    assert result.exit_code == 1
    assert "is not a folder" in result.output


def test_new_leaves_no_temporary_files(runner, in_tmp):
    runner.invoke(cli, ["new", "clean"])
    assert not [p for p in (in_tmp / "clean").rglob("*") if p.name.endswith(".sprag-tmp")]


def test_new_suggests_a_quoted_cd_for_a_name_with_spaces(runner, in_tmp):
    result = runner.invoke(cli, ["new", "my app"])
    assert result.exit_code == 0, result.output
    assert "cd 'my app'" in result.output
    assert (in_tmp / "my app" / "app").is_dir()


def test_new_suggests_a_plain_cd_for_a_simple_name(runner, in_tmp):
    result = runner.invoke(cli, ["new", "myapp"])
    assert "  cd myapp\n" in result.output


def test_new_writes_a_private_secret_key_in_env_local_and_keeps_it(runner, in_tmp):
    import stat

    assert runner.invoke(cli, ["new", "myapp"]).exit_code == 0
    local = in_tmp / "myapp" / ".env.local"
    key = [line for line in local.read_text().splitlines() if line.startswith("SECRET_KEY=")]
    assert len(key) == 1 and len(key[0]) > len("SECRET_KEY=") + 32
    assert stat.S_IMODE(local.stat().st_mode) == 0o600
    assert ".env.local" in (in_tmp / "myapp" / ".gitignore").read_text()
    assert runner.invoke(cli, ["new", "myapp", "--force"]).exit_code == 0
    assert key[0] in local.read_text()  # an existing key is never replaced
    other = runner.invoke(cli, ["new", "other"])
    assert other.exit_code == 0 and key[0] not in (in_tmp / "other" / ".env.local").read_text()
