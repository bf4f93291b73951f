"""Pages whose load() returns the response (feeds, sitemaps, JSON files) and the /404 page."""

from __future__ import annotations

import pytest


def _project(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


FEED = '''
from flask import Response
from sprag import Controller, page

class Feed(Controller):
    def load(self):
        return Response("<rss/>", mimetype="application/rss+xml")

feed = page(path="/feed.xml", controller=Feed)
'''

NO_RESPONSE = '''
from sprag import Controller, page

class Data(Controller):
    def load(self):
        return {"not": "a response"}

data = page(path="/data.json", controller=Data)
'''

DOC = '''
from sprag import Controller, HTTPError, Screen, page, ui

class Doc(Controller):
    def load(self):
        if self.request.params["slug"] != "real":
            raise HTTPError("No such doc", 404)
        return {}

class DocScreen(Screen):
    def render(self, data):
        return ui.h1("Real doc")

doc = page(path="/docs/[slug]", controller=Doc, screen=DocScreen)
'''

NOT_FOUND = '''
from sprag import Controller, Screen, page, ui

class NotFound(Screen):
    def render(self, data):
        return ui.h1("Custom not found")

not_found = page(path="/404", controller=Controller, screen=NotFound)
'''


@pytest.fixture
def app(load_project, tmp_path):
    root = _project(tmp_path / "proj", {
        "app/__init__.py": "",
        "app/routes/feed.xml/page.py": FEED,
        "app/routes/data.json/page.py": NO_RESPONSE,
        "app/routes/docs/[slug]/page.py": DOC,
        "app/routes/404/page.py": NOT_FOUND,
    })
    return load_project(root=root)


def test_a_page_without_a_screen_sends_the_response_its_load_returns(app):
    response = app.flask.test_client().get("/feed.xml")
    assert response.status_code == 200
    assert response.mimetype == "application/rss+xml" and response.get_data(as_text=True) == "<rss/>"


def test_a_page_without_a_screen_whose_load_returns_data_is_a_clear_500(app):
    response = app.flask.test_client().get("/data.json")
    assert response.status_code == 500
    assert "has no screen=, so its controller" in \
        response.get_data(as_text=True) and "must return a Response" in response.get_data(as_text=True)


def test_unknown_urls_and_404_errors_render_the_apps_404_page(app):
    client = app.flask.test_client()
    for url in ("/nowhere", "/docs/missing"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Custom not found" in response.get_data(as_text=True)
    assert client.get("/docs/real").status_code == 200
    assert client.get("/404").status_code == 200


def test_a_hybrid_page_needs_a_screen():
    from sprag import page

    with pytest.raises(TypeError, match="needs screen="):
        page(path="/x", mode="hybrid")
