"""Error pages, trailing slashes and the favicon link: what every page shares with the shell."""

from __future__ import annotations

import shutil

import pytest
from conftest import PROJECTS

BOOM = '''
from sprag import Controller, Screen, page, ui


class BoomController(Controller):
    def load(self):
        raise RuntimeError("secret internal detail")


class BoomScreen(Screen):
    def render(self, data):
        return ui.p("never")


boom = page(path="/boom", controller=BoomController, screen=BoomScreen)
'''


@pytest.fixture
def project(tmp_path):
    """A copy of the basic project with a failing route and a favicon."""
    root = tmp_path / "basic"
    shutil.copytree(PROJECTS / "basic", root, ignore=shutil.ignore_patterns(".sprag", "dist", "__pycache__"))
    (root / "app/routes/boom").mkdir()
    (root / "app/routes/boom/page.py").write_text(BOOM)
    (root / "app/static/favicon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    return root


def test_unknown_page_is_a_404_inside_the_shell(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert 'class="shell"' in html
    assert "No page at /no/such/page" in html
    assert "shell.css" in html


def test_failing_load_is_a_generic_500_inside_the_shell_in_production(load_project, project):
    app = load_project(root=project, mode="production")
    response = app.flask.test_client().get("/boom")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert 'class="shell"' in html
    assert "secret internal detail" not in html
    assert "Traceback" not in html


def test_failing_load_shows_the_traceback_inside_the_shell_in_dev(load_project, project):
    app = load_project(root=project, mode="dev")
    response = app.flask.test_client().get("/boom")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert 'class="shell"' in html
    assert "secret internal detail" in html


def test_trailing_slash_redirects_permanently_to_the_page(client):
    response = client.get("/counter/")
    assert response.status_code == 308
    assert response.headers["Location"] == "/counter"


def test_trailing_slash_redirect_keeps_the_query_string(client):
    response = client.get("/blog/hello/?ref=feed")
    assert response.status_code == 308
    assert response.headers["Location"] == "/blog/hello?ref=feed"


def test_trailing_slash_of_an_unknown_page_is_a_404(client):
    assert client.get("/no/such/page/").status_code == 404


def test_root_path_is_not_redirected(client):
    assert client.get("/").status_code == 200


def test_static_favicon_is_linked_from_every_page(load_project, project):
    app = load_project(root=project, mode="dev")
    html = app.flask.test_client().get("/").get_data(as_text=True)
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html


def test_favicon_link_is_content_hashed_in_production(load_project, project):
    app = load_project(root=project, mode="production")
    client = app.flask.test_client()
    html = client.get("/").get_data(as_text=True)
    href = html.split('<link rel="icon" href="', 1)[1].split('"', 1)[0]
    assert href.startswith("/static/favicon.") and href.endswith(".svg") and href != "/static/favicon.svg"
    assert client.get(href).status_code == 200


def test_page_without_a_favicon_links_none(client):
    assert 'rel="icon"' not in client.get("/").get_data(as_text=True)
