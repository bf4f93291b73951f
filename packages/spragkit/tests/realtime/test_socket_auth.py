"""Socket events pass the same auth as actions and uploads: ``@requires_auth`` on a handler
answers 401/403 error acks, and ``self.request.user`` is the signed-in user."""

from __future__ import annotations

import json
import re
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from sioclient import SioClient

TESTS = Path(__file__).parent.parent
PAYLOAD = re.compile(r'<script type="application/json" id="sprag-payload">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import sys

    sys.path.insert(0, str(TESTS))
    from livesrv import LiveServer

    folder = tmp_path_factory.mktemp("auth-sockets")
    srv = LiveServer(TESTS / "projects" / "auth", mode="production", env={
        "UPLOAD_TMP": str(folder), "UPLOAD_SAVE": str(folder), "SECRET_KEY": "socket-auth-secret-0123456789"})
    yield srv
    srv.stop()


def _visitor(port, username=None, password=None):
    """(Cookie header, CSRF token) of a browser that opened /login and maybe signed in."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = f"http://127.0.0.1:{port}"
    with opener.open(base + "/login", timeout=10) as r:
        token = json.loads(PAYLOAD.search(r.read().decode()).group(1))["csrf"]
    if username:
        body = json.dumps({"route": "/login", "action": "login",
                           "payload": {"username": username, "password": password}}).encode()
        req = urllib.request.Request(base + "/__sprag__/actions", data=body, headers={
            "Content-Type": "application/json", "X-Sprag-CSRF": token, "Origin": base})
        with opener.open(req, timeout=30) as r:
            token = json.loads(r.read())["csrf"]  # rotated on login
    return "; ".join(f"{c.name}={c.value}" for c in jar), token


def _connect(server, *visitor):
    cookie, csrf = _visitor(server.port, *visitor)
    client = SioClient(server.port, cookie=cookie, csrf=csrf, client="tab-1", path="/dashboard")
    assert client.connected, client.refusal
    return client


def test_an_anonymous_socket_event_on_a_protected_handler_is_401(server):
    client = _connect(server)
    try:
        assert client.emit("me:who", {}) == {"ok": False, "error": "Sign in to continue", "status": 401}
    finally:
        client.close()


def test_a_signed_in_socket_sees_its_user_and_roles_are_checked(server):
    ada = _connect(server, "ada", "correct horse")
    bob = _connect(server, "bob", "battery staple")
    try:
        assert ada.emit("me:who", {}) == {"id": 1, "name": "Ada"}
        assert ada.emit("me:admin", {}) == {"ok": True}
        assert bob.emit("me:who", {}) == {"id": 2, "name": "Bob"}
        assert bob.emit("me:admin", {}) == {"ok": False, "error": "You do not have the role this needs",
                                             "status": 403}
    finally:
        ada.close()
        bob.close()
