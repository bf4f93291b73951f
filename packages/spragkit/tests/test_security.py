"""Safe defaults, in process: security headers, proxies, the signing key, server options."""

from __future__ import annotations

import stat

import pytest

from sprag.http.csrf import SecretKeyMissing, signing_key
from sprag.http.headers import STRICT_CSP, SecurityHeaders
from sprag.http.server import ServerOptions


def _app(load_project, **options):
    from sprag import App

    loaded = load_project("basic")
    return App(project_dir=loaded.project_dir, **options)


# -- security headers -----------------------------------------------------------------------

def test_default_headers_on_pages_errors_actions_and_files(client):
    for path in ("/", "/counter", "/no-such-page", "/__sprag__/actions"):
        headers = client.get(path).headers
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert headers["X-Frame-Options"] == "SAMEORIGIN", path
        assert headers["Content-Security-Policy"] == "frame-ancestors 'self'", path


def test_strict_csp_is_opt_in_and_other_headers_are_configurable(load_project):
    app = _app(load_project, security_headers=SecurityHeaders(
        content_security_policy=True, referrer_policy="no-referrer",
        extra={"Permissions-Policy": "camera=()"}))
    try:
        headers = app.flask.test_client().get("/counter").headers
        assert headers["Content-Security-Policy"] == STRICT_CSP
        assert "script-src 'self'" in STRICT_CSP and "'unsafe-inline'" not in STRICT_CSP
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["Permissions-Policy"] == "camera=()"
    finally:
        app.stop()


def test_headers_can_be_turned_off(load_project):
    app = _app(load_project, security_headers=SecurityHeaders(enabled=False))
    try:
        headers = app.flask.test_client().get("/").headers
        assert "X-Frame-Options" not in headers and "Content-Security-Policy" not in headers
    finally:
        app.stop()


def test_a_header_the_response_set_is_kept():
    from sprag.http.headers import with_headers

    def view(environ, start_response):
        start_response("200 OK", [("X-Frame-Options", "DENY")])
        return [b""]

    seen = {}
    with_headers(view, SecurityHeaders())({}, lambda status, headers: seen.update(headers))
    assert seen["X-Frame-Options"] == "DENY" and seen["X-Content-Type-Options"] == "nosniff"


def test_a_bad_policy_is_refused_at_startup(load_project):
    with pytest.raises(ValueError, match="content_security_policy"):
        _app(load_project, security_headers=SecurityHeaders(content_security_policy=" "))


# -- proxies --------------------------------------------------------------------------------

def test_trusted_proxy_makes_the_csrf_cookie_secure(load_project):
    app = _app(load_project, trusted_proxies=1)
    try:
        client = app.flask.test_client()
        cookie = client.get("/counter", headers={"X-Forwarded-Proto": "https"}).headers["Set-Cookie"]
        assert "Secure" in cookie
    finally:
        app.stop()


def test_without_trusted_proxies_forwarded_headers_are_ignored(client):
    cookie = client.get("/counter", headers={"X-Forwarded-Proto": "https"}).headers["Set-Cookie"]
    assert "Secure" not in cookie


def test_trusted_proxies_comes_from_the_environment_and_is_checked(load_project, monkeypatch):
    monkeypatch.setenv("SPRAG_TRUSTED_PROXIES", "2")
    app = _app(load_project)
    try:
        assert app.config.trusted_proxies == 2
    finally:
        app.stop()
    monkeypatch.setenv("SPRAG_TRUSTED_PROXIES", "many")
    with pytest.raises(ValueError, match="SPRAG_TRUSTED_PROXIES"):
        _app(load_project)
    monkeypatch.delenv("SPRAG_TRUSTED_PROXIES")
    with pytest.raises(ValueError, match="0 or more"):
        _app(load_project, trusted_proxies=-1)


# -- the signing key ------------------------------------------------------------------------

def test_dev_generates_a_private_key_once_and_keeps_it(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    key = signing_key(tmp_path, dev=True)
    stored = tmp_path / ".sprag" / "secret_key"
    assert len(key) >= 32 and stored.read_text().strip().encode() == key
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert signing_key(tmp_path, dev=True) == key


def test_production_requires_a_secret_key_with_a_hint(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(SecretKeyMissing, match="SECRET_KEY is not set") as info:
        signing_key(tmp_path, dev=False)
    assert "export SECRET_KEY=" in info.value.hint
    assert not (tmp_path / ".sprag").exists()
    monkeypatch.setenv("SECRET_KEY", "short")
    with pytest.raises(SecretKeyMissing, match="at least 16"):
        signing_key(tmp_path, dev=False)
    monkeypatch.setenv("SECRET_KEY", "x" * 32)
    assert signing_key(tmp_path, dev=False) == b"x" * 32


def test_a_production_app_without_a_key_fails_its_check(load_project, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    app = load_project("basic", mode="production")
    with pytest.raises(SecretKeyMissing):
        app.check_production()


def test_a_token_is_valid_only_under_the_key_that_signed_it(load_project, monkeypatch):
    import json

    from conftest import page_payload

    def call(app, cookie, token):
        body = json.dumps({"route": "/lab", "action": "whoami", "payload": {}})
        return app.flask.test_client(use_cookies=False).post("/__sprag__/actions", data=body, headers={
            "Content-Type": "application/json", "Origin": "http://localhost",
            "Cookie": cookie, "X-Sprag-CSRF": token}).status_code

    first = load_project("basic")
    page = first.flask.test_client(use_cookies=False).get("/lab")
    cookie = page.headers["Set-Cookie"].split(";")[0]
    token = page_payload(page.get_data(as_text=True))["csrf"]
    assert call(first, cookie, token) == 200
    monkeypatch.setenv("SECRET_KEY", "another-key-for-another-app-0123456789")
    assert call(load_project("basic"), cookie, token) == 403


# -- server options -------------------------------------------------------------------------

def test_server_options_default_to_ten_seconds_and_read_the_environment(monkeypatch):
    monkeypatch.delenv("SPRAG_SHUTDOWN_TIMEOUT", raising=False)
    monkeypatch.delenv("SPRAG_HEADER_TIMEOUT", raising=False)
    options = ServerOptions().resolved()
    assert (options.shutdown_timeout, options.header_timeout, options.access_log) == (10.0, 10.0, "-")
    monkeypatch.setenv("SPRAG_SHUTDOWN_TIMEOUT", "3")
    monkeypatch.setenv("SPRAG_ACCESS_LOG", "off")
    options = ServerOptions(header_timeout=2).resolved()
    assert (options.shutdown_timeout, options.header_timeout, options.access_log) == (3.0, 2.0, None)
    monkeypatch.setenv("SPRAG_HEADER_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="header_timeout must be a number of seconds"):
        ServerOptions().resolved()
    with pytest.raises(ValueError, match="more than 0"):
        ServerOptions(shutdown_timeout=0).resolved()
