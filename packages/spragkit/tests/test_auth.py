"""Sign-in flows with the real App and Flask's test client: rotation, logout, throttling,
session policy, requires_auth on pages and actions, open-redirect refusal, public user fields."""

from __future__ import annotations

import json
import logging
import time

import pytest
from conftest import page_payload

from sprag import SessionPolicy
from sprag.backends import InMemoryAttemptStore, InMemorySessionStore
from sprag.http.auth import LoginThrottle, User, as_user
from sprag.http.redirects import is_local_url, redirect

SAME = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}


@pytest.fixture
def auth_app(load_project, tmp_path, monkeypatch):
    monkeypatch.setenv("UPLOAD_TMP", str(tmp_path / "tmp"))
    monkeypatch.setenv("UPLOAD_SAVE", str(tmp_path))
    return load_project("auth")


class Browser:
    """A test client that keeps the page's CSRF token like the browser runtime does."""

    def __init__(self, app, page="/login"):
        self.client = app.flask.test_client()
        self.token = page_payload(self.client.get(page).get_data(as_text=True))["csrf"]

    def call(self, route, action, payload=None):
        response = self.client.post("/__sprag__/actions", headers={
            **SAME, "Content-Type": "application/json", "X-Sprag-CSRF": self.token,
        }, data=json.dumps({"route": route, "action": action, "payload": payload or {}}))
        body = response.get_json()
        if body and body.get("csrf"):
            self.token = body["csrf"]
        return response

    def login(self, username="ada", password="correct horse", **extra):
        return self.call("/login", "login", {"username": username, "password": password, **extra})

    def sid(self):
        cookie = self.client.get_cookie("sprag_sid")
        return cookie.value if cookie else None


def test_anonymous_page_redirects_to_the_login_url_with_next(auth_app):
    client = auth_app.flask.test_client()
    response = client.get("/dashboard?tab=2")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=/dashboard%3Ftab%3D2"


def test_login_rotates_the_session_and_the_old_cookie_is_dead(auth_app):
    browser = Browser(auth_app)
    assert browser.call("/login", "note").status_code == 200
    before, old_token = browser.sid(), browser.token
    assert before
    response = browser.login()
    assert response.status_code == 200
    body = response.get_json()
    assert body["redirect"]["location"] == "/dashboard"
    assert body["csrf"] and body["csrf"] != old_token  # a new CSRF token too
    after = browser.sid()
    assert after and after != before
    stale = Browser.__new__(Browser)  # the same browser still sending the pre-login token
    stale.client, stale.token = browser.client, old_token
    assert stale.call("/login", "note").status_code == 403
    page = browser.client.get("/dashboard")
    assert page.status_code == 200 and "Hello Ada" in page.get_data(as_text=True)
    assert page_payload(page.get_data(as_text=True))["features"]["user"] == {"id": 1, "name": "Ada"}
    attacker = auth_app.flask.test_client()
    attacker.set_cookie("sprag_sid", before)
    assert attacker.get("/dashboard").status_code == 302
    # the session never holds the password hash
    stored = auth_app.session_store.load(after, auth_app.session_policy)
    assert "password_hash" not in stored.data["_user"]


def test_an_expired_session_is_anonymous(auth_app):
    browser = Browser(auth_app)
    browser.login()
    assert browser.client.get("/dashboard").status_code == 200
    session = auth_app.session_store.load(browser.sid(), auth_app.session_policy)
    session.touched -= auth_app.session_policy.idle_ttl_seconds + 1
    assert browser.client.get("/dashboard").status_code == 302
    assert auth_app.session_store.load(browser.sid(), auth_app.session_policy) is None


def test_logout_destroys_the_session(auth_app):
    browser = Browser(auth_app)
    browser.login()
    sid = browser.sid()
    response = browser.call("/dashboard", "logout")
    assert response.get_json()["redirect"]["location"] == "/login"
    assert "sprag_sid=;" in response.headers["Set-Cookie"]
    assert auth_app.session_store.load(sid, auth_app.session_policy) is None
    assert browser.client.get("/dashboard").status_code == 302


def test_next_to_another_site_lands_on_root_and_is_logged(auth_app, caplog):
    browser = Browser(auth_app)
    with caplog.at_level(logging.WARNING, logger="sprag.redirects"):
        body = browser.login(next="//evil.example/x").get_json()
    assert body["redirect"]["location"] == "/"
    assert "refused an off-site redirect to '//evil.example/x'" in caplog.text


@pytest.mark.parametrize("url", ["//evil.example", "https://evil.example/", "/\\evil.example",
                                 "\\\\evil.example", "javascript:alert(1)", " //evil.example",
                                 "http:evil.example", "\t/\\evil"])
def test_off_site_targets_are_refused(url):
    assert not is_local_url(url)
    assert redirect(url).location == "/"
    assert redirect(url, external=True).location == url


@pytest.mark.parametrize("url", ["/", "/dashboard?x=//y", "relative/path", "/a#b"])
def test_local_targets_pass(url):
    assert is_local_url(url) and redirect(url).location == url


def test_wrong_role_is_403_page_and_403_action(auth_app):
    browser = Browser(auth_app)
    browser.login("bob", "battery staple")
    page = browser.client.get("/admin")
    assert page.status_code == 403 and '<header class="nav">AuthApp</header>' in page.get_data(as_text=True)
    response = browser.call("/dashboard", "admin_only")
    assert response.status_code == 403 and response.get_json()["error"] == "You do not have the role this needs"
    anonymous = Browser(auth_app)
    assert anonymous.call("/dashboard", "admin_only").status_code == 401


def test_sixth_failure_is_429_and_the_message_is_the_same_for_unknown_accounts(auth_app):
    known, unknown = Browser(auth_app), Browser(auth_app)
    for browser, name in ((known, "ada"), (unknown, "ghost")):
        auth_app.backends.attempts.clear("client:127.0.0.1")
        codes = [browser.login(name, "wrong").status_code for _ in range(5)]
        assert codes == [401] * 5
        sixth = browser.login(name, "correct horse")  # even the right password waits
        assert sixth.status_code == 429
        assert 0 < int(sixth.headers["Retry-After"]) <= 900
        assert sixth.get_json()["error"] == "Too many sign-in attempts; try again in 15 minutes"


def test_per_client_throttle_spans_accounts(auth_app):
    browser = Browser(auth_app)
    for i in range(5):
        assert browser.login(f"user{i}", "wrong").status_code == 401
    assert browser.login("ada", "correct horse").status_code == 429


def test_success_clears_the_account_counter():
    store = InMemoryAttemptStore()
    for _ in range(3):
        store.record("account:ada", 60)
    assert store.failures("account:ada", 60)[0] == 3
    store.clear("account:ada")
    assert store.failures("account:ada", 60) == (0, 0.0)


def test_attempts_leave_the_window():
    store = InMemoryAttemptStore()
    store.record("k", 0.05)
    assert store.failures("k", 0.05)[0] == 1
    time.sleep(0.06)
    assert store.failures("k", 0.05) == (0, 0.0)


def test_throttle_and_policy_validate():
    with pytest.raises(ValueError, match="max_failures"):
        LoginThrottle(max_failures=0)
    with pytest.raises(ValueError, match="login_url"):
        SessionPolicy(login_url="//evil.example")
    with pytest.raises(ValueError, match="idle_ttl_seconds"):
        SessionPolicy(idle_ttl_seconds=-1)


def test_session_policy_expires_idle_absolute_and_remembered():
    store = InMemorySessionStore()
    policy = SessionPolicy(idle_ttl_seconds=10, absolute_ttl_seconds=100, remember_me_ttl_seconds=1000)
    idle = store.create()
    idle.touched -= 11
    assert store.load(idle.id, policy) is None
    old = store.create()
    old.created -= 101
    assert store.load(old.id, policy) is None
    kept = store.create()
    kept.data["_remember"] = True
    kept.touched -= 500
    kept.created -= 500
    assert store.load(kept.id, policy) is kept
    kept.created -= 501
    assert store.load(kept.id, policy) is None


def test_remember_me_sets_a_persistent_cookie(auth_app):
    browser = Browser(auth_app)
    response = browser.login(remember=True)
    assert "Max-Age=2592000" in response.headers["Set-Cookie"]
    plain = Browser(auth_app).login()
    assert "Max-Age" not in plain.headers["Set-Cookie"]


def test_users_from_dicts_and_objects_keep_no_password():
    class Row:
        def __init__(self):
            self.id, self.roles, self.name, self.password_hash = 7, ["admin"], "Ada", "scrypt$..."

    user = as_user(Row())
    assert isinstance(user, User) and user.id == 7 and user.roles == {"admin"} and user.name == "Ada"
    assert "password_hash" not in user
    assert json.loads(json.dumps(user)) == {"id": 7, "roles": ["admin"], "permissions": [], "name": "Ada"}
    with pytest.raises(ValueError, match="id"):
        as_user({"name": "nobody"})


def test_a_protected_action_refuses_before_checking_the_payload(auth_app):
    anonymous = Browser(auth_app, page="/upload")
    r = anonymous.call("/upload", "upload_asset", {"unexpected": 1})  # no title either
    assert r.status_code == 401 and r.get_json()["errors"] == {}
