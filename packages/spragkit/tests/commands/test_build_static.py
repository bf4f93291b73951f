from __future__ import annotations


def test_build_static_writes_every_concrete_page_and_its_assets(run, project):
    result = run("build", "static", "-C", project)
    assert result.exit_code == 0, result.output
    site = project / "site"
    for rel in ("index.html", "about/index.html", "counter/index.html", "static/favicon.svg"):
        assert (site / rel).is_file(), rel
    home = (site / "index.html").read_text()
    assert "<h1>Proj</h1>" in home
    css_links = [part.split('"')[0] for part in home.split('rel="stylesheet" href="')[1:]]
    assert css_links and all((site / link.lstrip("/")).is_file() for link in css_links)
    assert "[3/3]" in result.output


def test_build_static_warns_about_actions_without_a_server(run, project):
    result = run("build", "static", "-C", project)
    assert "/counter has actions" in result.output


def test_build_static_skips_dynamic_routes_without_static_paths(run, project):
    run("add", "route", "blog/[slug]", "-C", project)
    result = run("build", "static", "-C", project)
    assert result.exit_code == 0, result.output
    assert "skipped /blog/[slug]: dynamic route without static_paths" in result.output


def test_build_static_expands_static_paths(run, project):
    run("add", "route", "blog/[slug]", "-C", project)
    page = project / "app" / "routes" / "blog" / "[slug]" / "page.py"
    page.write_text(page.read_text().replace(
        'metadata={"title": "Blog"},',
        'metadata={"title": "Blog"},\n    static_paths=lambda: [{"slug": "one"}, {"slug": "two"}],',
    ))
    result = run("build", "static", "--output", project / "out", "-C", project)
    assert result.exit_code == 0, result.output
    for slug in ("one", "two"):
        assert slug in (project / "out" / "blog" / slug / "index.html").read_text()


def test_build_static_reports_every_failing_page_and_keeps_the_old_site(run, project):
    assert run("build", "static", "-C", project).exit_code == 0
    before = (project / "site" / "index.html").read_text()
    for name in ("about", "home"):
        server = project / "app" / "routes" / name / "server.py"
        server.write_text(server.read_text().replace("return {", "return 1 / 0 or {"))
    result = run("build", "static", "-C", project)
    assert result.exit_code == 1
    assert result.output.count("FAIL") >= 2  # both pages, not just the first
    assert "2 page(s) failed" in result.output
    assert (project / "site" / "index.html").read_text() == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site.")]


def test_build_refuses_an_output_folder_holding_other_files(run, project, tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep")
    result = run("build", "static", "--output", target, "-C", project)
    assert result.exit_code == 1
    assert "not a SPRAG build" in result.output
    assert (target / "notes.txt").read_text() == "keep"


def test_build_refuses_to_write_over_the_project(run, project):
    result = run("build", "static", "--output", project, "-C", project)
    assert result.exit_code == 1
    assert "would replace the project itself" in result.output


def test_build_static_bakes_no_csrf_token_and_marks_actions_unavailable(run, project):
    import json
    import re

    result = run("build", "static", "-C", project)
    assert result.exit_code == 0, result.output
    html = (project / "site" / "counter" / "index.html").read_text()
    raw = re.search(r'<script type="application/json" id="sprag-payload">(.*?)</script>', html, re.S).group(1)
    payload = json.loads(raw)
    assert payload["csrf"] is None
    assert payload["static"] is True

    # the exported bundle carries the "no server" answer for actions (production bundles
    # for a server drop that branch: the bundler's @static region)
    shipped = [p.read_text() for p in (project / "site").rglob("*.js")]
    assert any("actions need the server" in code for code in shipped)
