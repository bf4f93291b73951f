"""Shared fixtures: load a test project as a real App and drive it with Flask's test client."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

PROJECTS = Path(__file__).parent / "projects"

# Production signs CSRF tokens with SECRET_KEY and refuses to serve without one; the test
# servers (in process and in subprocesses, which inherit it) share this one.
os.environ.setdefault("SECRET_KEY", "spragkit-test-suite-secret-key-0123456789")


def _forget_project_modules() -> None:
    for name in list(sys.modules):
        if name == "app" or name.startswith("app."):
            del sys.modules[name]
    from sprag import stores

    stores._stores.clear()


@pytest.fixture
def load_project(monkeypatch):
    """``load_project("basic", mode="dev")`` -> a started App; stopped afterwards."""
    apps = []

    def load(name: str = "basic", mode: str = "dev", root: Path = None):
        from sprag.project import load_app

        _forget_project_modules()
        folder = root or (PROJECTS / name)
        monkeypatch.syspath_prepend(str(folder))
        monkeypatch.setenv("SPRAG_PROJECT_DIR", str(folder))
        app = load_app(folder, mode=mode)
        apps.append(app)
        return app

    yield load
    for app in apps:
        app.stop()
    _forget_project_modules()


@pytest.fixture
def basic(load_project):
    return load_project("basic")


@pytest.fixture
def client(basic):
    return basic.flask.test_client()


PAYLOAD_RE = re.compile(r'<script type="application/json" id="sprag-payload">(.*?)</script>', re.S)


def page_payload(html: str) -> dict:
    """The JSON payload embedded in a hybrid page."""
    match = PAYLOAD_RE.search(html)
    assert match, "page has no sprag payload"
    return json.loads(match.group(1))


class ActionClient:
    """Calls actions the way the browser runtime does: same-origin, with the CSRF header."""

    def __init__(self, client, page_path: str):
        self.client = client
        html = client.get(page_path).get_data(as_text=True)
        self.payload = page_payload(html)
        self.token = self.payload["csrf"]
        self.route = self.payload["route"]

    def post(self, body=None, raw=None, headers=None, token=True):
        h = {"Content-Type": "application/json", "Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}
        if token:
            h["X-Sprag-CSRF"] = self.token
        h.update(headers or {})
        data = raw if raw is not None else json.dumps(body)
        return self.client.post("/__sprag__/actions", data=data, headers=h)

    def call(self, action, payload=None, **kw):
        return self.post({"route": self.route, "action": action, "payload": payload or {}}, **kw)
