"""Building browser code: hashed modules, only what a surface uses, and clear build errors."""

import importlib.util
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from sprag.toolchain.dialect import BuildError
from sprag.toolchain.pipeline import build

PAGE = '''
from sprag import Controller, Screen, hydrate, page
from .views import Card, Mod


class Ctl(Controller):
    def load(self):
        return {{"n": 1}}


class Scr(Screen):
    modules = [Mod]

    def render(self, data):
        return hydrate(Card, module=self.module(Mod))


p = page(path="/x", controller=Ctl, screen=Scr, mode="hybrid"{extra})
'''

VIEWS = '''
from sprag import Component, Module, imports, ui{extra_import}


class Card(Component):
    def render(self, props=None):
        return ui.p(str(self.state["n"]))


class Mod(Module):
    def on_start(self):
{body}
'''


def make_project(root, body="        pass", page_extra="", extra_import="", extra_files=None):
    route = root / "app" / "routes" / "x"
    route.mkdir(parents=True)
    (root / "app" / "__init__.py").write_text("")
    (route / "page.py").write_text(PAGE.format(extra=page_extra))
    (route / "views.py").write_text(VIEWS.format(body=body, extra_import=extra_import))
    for name, text in (extra_files or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


def test_undeclared_imports_alias_is_a_build_error_naming_file_and_line(load_project, tmp_path):
    root = make_project(tmp_path / "p", body="        self.chart = imports.chart")
    app = load_project(root=root)
    with pytest.raises(BuildError) as err:
        build(app, tmp_path / "dist")
    assert re.search(r"views\.py:12: error: imports\.chart is not declared", str(err.value))
    assert not (tmp_path / "dist").exists()


def test_declared_imports_alias_builds(load_project, tmp_path):
    root = make_project(
        tmp_path / "p", body="        self.chart = imports.chart",
        page_extra=', modules={"chart": module("app/static/chart.mjs")}',
        extra_files={"app/static/chart.mjs": "export default function chart() {}\n"},
    )
    (root / "app/routes/x/page.py").write_text(
        (root / "app/routes/x/page.py").read_text().replace("import Controller,", "import module, Controller,")
    )
    app = load_project(root=root)
    report = build(app, tmp_path / "dist")
    entry = report.surfaces["/x"]["entry"]
    assert 'import("/static/chart.mjs")' in (tmp_path / "dist/public" / entry.lstrip("/")).read_text() or \
        re.search(r'import\("/static/chart\.[0-9a-f]{12}\.mjs"\)', (tmp_path / "dist/public" / entry.lstrip("/")).read_text())


def test_importing_the_controller_module_is_a_build_error(load_project, tmp_path):
    root = make_project(
        tmp_path / "p", extra_import="\nfrom .server import Other",
        extra_files={"app/routes/x/server.py": "from sprag import Controller\n\nclass Other(Controller):\n    pass\n"},
    )
    app = load_project(root=root)
    with pytest.raises(BuildError) as err:
        build(app, tmp_path / "dist")
    assert "server-only module" in str(err.value) and "views.py:3" in str(err.value)


def test_build_error_shows_in_the_dev_page(load_project, tmp_path):
    root = make_project(tmp_path / "p", body="        self.chart = imports.chart")
    response = load_project(root=root).flask.test_client().get("/x")
    assert response.status_code == 500 and "imports.chart is not declared" in response.get_data(as_text=True)


def test_build_writes_hashed_precompressed_modules_and_a_manifest(load_project, tmp_path):
    app = load_project("basic", mode="production")
    report = build(app, tmp_path / "dist")
    entry = report.surfaces["/counter"]["entry"]
    assert re.fullmatch(r"/__sprag__/js/entry/.+\.[0-9a-f]{12}\.js", entry)
    public = tmp_path / "dist" / "public"
    assert (public / entry.lstrip("/")).is_file()
    assert (public / (entry.lstrip("/") + ".gz")).is_file() or len((public / entry.lstrip("/")).read_bytes()) < 256
    assert (tmp_path / "dist" / "manifest.json").is_file()
    assert report.surfaces["/"]["entry"] is None


def test_document_surface_loads_no_module(load_project):
    app = load_project("basic", mode="production")
    home = app.surface_by_route("/")
    assert app.browser.plan_for(home) is None


def test_counter_loads_only_the_runtime_files_it_uses(load_project):
    app = load_project("basic", mode="production")
    plan = app.browser.plan_for(app.surface_by_route("/counter"))
    names = {m[:-3] for m in plan.members}
    assert {"ragot/component", "ragot/vdom", "sprag/module", "sprag/boot"} <= names
    assert not names & {"ragot/virtual", "ragot/animate", "ragot/index", "sprag/stores", "m/app/routes/hostile/views"}


def test_js_modules_are_immutable_in_production(load_project):
    app = load_project("basic", mode="production")
    plan = app.browser.plan_for(app.surface_by_route("/counter"))
    response = app.flask.test_client().get(plan.entry)
    assert response.status_code == 200 and "immutable" in response.headers["Cache-Control"]
    assert response.headers["Content-Type"].startswith("text/javascript")


def test_hybrid_page_preloads_what_its_entry_imports(load_project):
    app = load_project("basic", mode="production")
    html = app.flask.test_client().get("/counter").get_data(as_text=True)
    plan = app.browser.plan_for(app.surface_by_route("/counter"))
    for url in plan.preloads:
        assert f'<link rel="modulepreload" href="{url}">' in html
    assert html.count('<script type="module"') == 1


def test_unchanged_source_is_compiled_once(load_project, monkeypatch):
    import sprag_codegen

    calls = []
    real = sprag_codegen.compile_source
    monkeypatch.setattr(sprag_codegen, "compile_source", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    shutil.rmtree(Path(__file__).parent / "projects" / "basic" / ".sprag" / "cache", ignore_errors=True)
    load_project("basic").browser.built()
    first = len(calls)
    load_project("basic").browser.built()
    assert first > 0 and len(calls) == first


def test_production_ships_a_surface_in_two_minified_files(load_project):
    app = load_project("basic", mode="production")
    plan = app.browser.plan_for(app.surface_by_route("/counter"))
    # two files when another surface needs the very same runtime code, else one
    assert len(plan.files) <= 2 and plan.preloads == plan.files[1:]
    client = app.flask.test_client()
    entry = client.get(plan.entry).get_data(as_text=True)
    assert "\n  " not in entry
    for url in plan.preloads:
        assert re.fullmatch(r"/__sprag__/js/rt/runtime\.[0-9a-f]{12}\.js", url)
        assert f'from"{url}"' in entry
    if importlib.util.find_spec("minify") is not None:  # minify-go (Python >= 3.10) renames locals
        assert "class CounterModule" not in entry


def test_a_surface_whose_runtime_no_other_surface_shares_ships_one_file(load_project, tmp_path):
    app = load_project(root=make_project(tmp_path / "p"), mode="production")
    plan = app.browser.plan_for(app.surface_by_route("/x"))
    assert len(plan.files) == 1 and plan.preloads == ()
    code = app.flask.test_client().get(plan.entry).get_data(as_text=True)
    assert "import{" not in code.replace(" ", "") and "sprag-payload" in code


def test_surfaces_share_a_runtime_url_only_when_they_need_the_same_runtime_code(load_project):
    app = load_project("basic", mode="production")
    plans = {s.path: app.browser.plan_for(s) for s in app.surfaces if s.interactive}
    client = app.flask.test_client()
    runtimes: dict = {}
    for plan in plans.values():
        for url in plan.preloads:
            runtimes.setdefault(url, []).append(plan.entry)
    for url, users in runtimes.items():
        assert len(users) >= 2  # a runtime file only exists when shared
        assert client.get(url).status_code == 200


def test_dev_serves_readable_separate_modules(load_project):
    app = load_project("basic", mode="dev")
    plan = app.browser.plan_for(app.surface_by_route("/counter"))
    assert len(plan.files) > 5
    modules = [u for u in plan.files if "/m/app/routes/counter/modules." in u]
    code = app.flask.test_client().get(modules[0]).get_data(as_text=True)
    assert "class CounterModule extends" in code and "\n" in code
