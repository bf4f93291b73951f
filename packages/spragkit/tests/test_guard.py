"""The request guard: each check in order, with real Flask requests and sessions."""

from __future__ import annotations

import pytest

from sprag.http.guard import Admitted, GuardRule, Rejection


class Probe:
    """A feature whose one route answers with what the guard decided for ``rule``."""

    name = "probe"

    def __init__(self, rule):
        self.rule = rule

    def install(self, host):
        self.guard = host.guard
        self.sessions = host.sessions
        self.auth = host.auth
        host.add_route("/__sprag__/probe", self.view, methods=("GET", "POST"))
        host.add_route("/__sprag__/login", self.login, methods=("POST",))

    def view(self):
        from flask import request

        result = self.guard.check(self.rule, csrf_token=request.args.get("csrf"))
        if isinstance(result, Rejection):
            response = result.response()
            response.headers["X-Reason"] = result.reason
            return response
        return {"body": (result.body or b"").decode(), "session": bool(result.session),
                "user": result.user.id if result.user else None}

    def login(self):
        from sprag import User

        session = self.sessions.ensure()
        self.auth.login(session, User("ada", roles=["admin"]))
        response = {"csrf": session.csrf_token}
        from flask import jsonify

        out = jsonify(response)
        self.sessions.write_cookie(out)
        return out


def _client(basic, **rule):
    basic.install(Probe(GuardRule(**rule)))
    return basic.flask.test_client()


def _csrf(client):
    """The signed CSRF token of a hybrid page (its cookie is in the client; no session)."""
    from conftest import page_payload

    return page_payload(client.get("/counter").get_data(as_text=True))["csrf"]


SAME = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}


def test_body_over_the_limit_is_413_before_anything_else(basic):
    client = _client(basic, body_limit=10, label="upload")
    response = client.post("/__sprag__/probe", data="x" * 11, headers={"Origin": "https://evil.example"})
    assert response.status_code == 413 and response.headers["X-Reason"] == "body_too_large"
    assert response.get_json()["error"] == "Request body is larger than the 10-byte limit for uploads"


def test_cross_site_is_403_by_origin_and_by_sec_fetch_site(basic):
    client = _client(basic, session="optional", csrf=False)
    assert client.get("/__sprag__/probe", headers={"Origin": "https://evil.example"}).status_code == 403
    response = client.get("/__sprag__/probe", headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403 and response.headers["X-Reason"] == "cross_site"
    assert client.get("/__sprag__/probe", headers=SAME).status_code == 200


def test_trusted_origins_pass(load_project):
    from sprag import App

    loaded = load_project("basic")
    app = App(project_dir=loaded.project_dir, trusted_origins=["https://admin.example"])
    try:
        app.install(Probe(GuardRule(session="optional", csrf=False)))
        client = app.flask.test_client()
        assert client.get("/__sprag__/probe", headers={"Origin": "https://admin.example"}).status_code == 200
    finally:
        app.stop()


def test_csrf_token_is_required_from_the_header_or_the_argument(basic):
    client = _client(basic, body_limit=100)
    assert client.post("/__sprag__/probe", headers=SAME).headers["X-Reason"] == "csrf"
    token = _csrf(client)
    assert client.post("/__sprag__/probe", headers={**SAME, "X-Sprag-CSRF": "wrong"}).status_code == 403
    ok = client.post("/__sprag__/probe", data="hi", headers={**SAME, "X-Sprag-CSRF": token})
    # the signed token is enough: an anonymous visitor has no server session
    assert ok.status_code == 200 and ok.get_json() == {"body": "hi", "session": False, "user": None}
    assert client.get(f"/__sprag__/probe?csrf={token}", headers=SAME).status_code == 200


def test_session_required_without_csrf(basic):
    client = _client(basic, csrf=False)
    response = client.get("/__sprag__/probe", headers=SAME)
    assert response.status_code == 403 and response.headers["X-Reason"] == "no_session"
    _csrf(client)  # a page view creates no session
    assert client.get("/__sprag__/probe", headers=SAME).status_code == 403
    client.post("/__sprag__/login", headers=SAME)  # storing something does
    assert client.get("/__sprag__/probe", headers=SAME).get_json()["session"] is True


def test_session_create_makes_one_when_missing(basic):
    client = _client(basic, session="create", csrf=False)
    assert client.get("/__sprag__/probe", headers=SAME).get_json()["session"] is True


def test_auth_requirement_is_401_then_403_then_admitted(basic):
    client = _client(basic, session="optional", csrf=False, signed_in=True)
    response = client.get("/__sprag__/probe", headers=SAME)
    assert response.status_code == 401 and response.get_json()["error"] == "Sign in to continue"
    client.post("/__sprag__/login", headers=SAME)
    assert client.get("/__sprag__/probe", headers=SAME).get_json()["user"] == "ada"


def test_missing_role_is_403(basic):
    client = _client(basic, session="optional", csrf=False, roles=["editor"])
    client.post("/__sprag__/login", headers=SAME)
    response = client.get("/__sprag__/probe", headers=SAME)
    assert response.status_code == 403 and response.headers["X-Reason"] == "forbidden"


def test_bad_rules_are_refused():
    with pytest.raises(ValueError, match="session"):
        GuardRule(session="sometimes")
    with pytest.raises(ValueError, match="body_limit"):
        GuardRule(body_limit=0)


def test_rejection_renders_the_envelope():
    rejection = Rejection(403, "csrf", "bad token", {"csrf": "missing"})
    assert rejection.to_dict() == {"ok": False, "error": "bad token", "errors": {"csrf": "missing"}}
    assert rejection.response().get_json() == rejection.to_dict()
    assert isinstance(Admitted(None, None), Admitted)
