"""Sign-in and uploads end to end: headless Chromium against a real server process."""

from __future__ import annotations

import hashlib
import os
import shutil
import time

import pytest
from conftest import PROJECTS
from livesrv import LiveServer

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("SPRAG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
MB = 1024 * 1024


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("auth-uploads")
    (root / "tmp").mkdir()
    (root / "saved").mkdir()
    return root


@pytest.fixture(scope="module")
def server(dirs):
    srv = LiveServer(PROJECTS / "auth", mode="production", env={
        "UPLOAD_TMP": str(dirs / "tmp"), "UPLOAD_SAVE": str(dirs / "saved"),
        "SECRET_KEY": "test-secret-key-0123456789abcdef",
    })
    yield srv
    srv.stop()


@pytest.fixture
def context(browser):
    ctx = browser.new_context()
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    return pg


def _ready(page):
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")


def _sign_in(page, server, username="ada", password="correct horse", path="/login"):
    page.goto(server.url + path)
    _ready(page)
    page.fill("[name=username]", username)
    page.fill("[name=password]", password)
    page.click("button[type=submit]")


def _sid(context):
    return next((c["value"] for c in context.cookies() if c["name"] == "sprag_sid"), None)


def test_login_protected_page_logout_and_the_pre_login_cookie_is_dead(browser, context, page, server):
    page.goto(server.url + "/dashboard")
    assert page.url == server.url + "/login?next=/dashboard"  # anonymous -> login with next=
    _ready(page)
    # the visitor stores something before signing in: a session (the one an attacker could plant)
    page.evaluate("() => fetch('/__sprag__/actions', {method: 'POST', headers: {'Content-Type': "
                  "'application/json', 'X-Sprag-CSRF': window.__SPRAG_PAYLOAD__.csrf}, body: "
                  "JSON.stringify({route: '/login', action: 'note', payload: {}})})")
    page.wait_for_function("() => document.cookie !== null")
    deadline = time.time() + 5
    while _sid(context) is None and time.time() < deadline:
        time.sleep(0.05)
    before = _sid(context)
    assert before
    page.fill("[name=username]", "ada")
    page.fill("[name=password]", "correct horse")
    page.click("button[type=submit]")
    page.wait_for_url(server.url + "/dashboard")
    assert page.text_content(".hello") == "Hello Ada"
    after = _sid(context)
    assert after and after != before  # rotated on login
    assert page.evaluate("() => window.__SPRAG_PAYLOAD__.features.user") == {"id": 1, "name": "Ada"}
    # the pre-login cookie no longer opens anything
    other = browser.new_context()
    try:
        other.add_cookies([{"name": "sprag_sid", "value": before, "url": server.url}])
        probe = other.new_page()
        probe.goto(server.url + "/dashboard")
        assert probe.url.startswith(server.url + "/login?next=")
    finally:
        other.close()
    # sign out: the session is gone, the page is closed again
    _ready(page)
    page.click("[data-role=logout]")
    page.wait_for_url(server.url + "/login")
    page.goto(server.url + "/dashboard")
    assert page.url.startswith(server.url + "/login?next=")
    assert page.errors == []


def test_next_pointing_at_another_site_is_ignored(page, server):
    _sign_in(page, server, path="/login?next=//evil.example/steal")
    page.wait_for_url(server.url + "/")
    page.goto(server.url + "/login?next=https://evil.example/")
    _ready(page)
    assert page.get_attribute("[name=next]", "value") == "https://evil.example/"
    page.fill("[name=username]", "ada")
    page.fill("[name=password]", "correct horse")
    page.click("button[type=submit]")
    page.wait_for_url(server.url + "/")


def test_wrong_role_gets_the_403_page_in_the_app_shell(page, server):
    _sign_in(page, server, "bob", "battery staple")
    page.wait_for_url(server.url + "/dashboard")
    response = page.goto(server.url + "/admin")
    assert response.status == 403
    assert page.text_content("header.nav") == "AuthApp"  # the app's shell around the error


# -- uploads -------------------------------------------------------------------------------------


def _file(dirs, name, size):
    path = dirs / name
    if not path.exists():
        path.write_bytes(os.urandom(size))
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(dirs):
    return sorted(p.name for p in (dirs / "tmp").glob("*"))


def _upload(page, server, action, files, title="Report", cancel_at=None):
    page.goto(server.url + "/upload")
    _ready(page)
    page.eval_on_selector(".upload-form", "(el, a) => el.parentElement.setAttribute('data-action', a)", action)
    if cancel_at is not None:
        page.eval_on_selector(".upload-form", "(el, c) => el.parentElement.setAttribute('data-cancel-at', c)",
                              str(cancel_at))
    page.fill("[name=title]", title)
    for field, paths in files.items():
        page.set_input_files(f"[name={field}]", [str(p) for p in paths])
    page.click(".upload-form button[type=submit]")


def _result(page):
    page.wait_for_function("() => document.querySelector('.result').textContent !== ''", timeout=60000)
    return page.text_content(".result")


def test_upload_with_monotonic_progress_and_files_on_the_request(page, server, dirs):
    asset = _file(dirs, "photo one.png", 600 * 1024)
    g1, g2 = _file(dirs, "g1.bin", 1000), _file(dirs, "g2.bin", 2000)
    _upload(page, server, "upload_open", {"asset": [asset], "gallery": [g1, g2]})
    result = _result(page)
    assert result == f"ok Report photo_one.png {600 * 1024} {_digest(asset)} 2"
    log = [int(x) for x in page.text_content(".progress-log").split(",")]
    assert log == sorted(log) and log[-1] == 100
    assert (dirs / "saved" / "photo_one.png").read_bytes() == asset.read_bytes()
    assert _leftovers(dirs) == []
    assert page.errors == []


def test_chunk_aborted_by_interception_is_resumed_byte_identical(context, page, server, dirs):
    _sign_in(page, server)
    page.wait_for_url(server.url + "/dashboard")
    big = _file(dirs, "big.bin", 3 * MB + 12345)
    puts, offsets = [], []

    def flaky(route, request):
        if request.method == "PUT":
            puts.append(request.headers.get("x-upload-offset"))
            if len(puts) == 3:
                return route.abort("connectionreset")  # the third chunk never arrives
        if request.method == "GET":
            offsets.append(request.url)
        return route.continue_()

    page.route("**/__sprag__/uploads/resumable/*", flaky)
    _upload(page, server, "upload_asset", {"asset": [big]}, title="Big")
    result = _result(page)
    assert result == f"ok Big big.bin {big.stat().st_size} {_digest(big)} 0"
    assert offsets, "after the dropped chunk the browser asked the server for its offset"
    assert puts.count(puts[2]) == 2  # the aborted chunk was sent again from the same offset
    assert _digest(dirs / "saved" / "big.bin") == _digest(big)
    log = [int(x) for x in page.text_content(".progress-log").split(",")]
    assert log == sorted(log) and log[-1] == 100
    assert _leftovers(dirs) == []


def test_anonymous_chunked_upload_is_bound_to_a_new_session(context, page, server, dirs):
    big = _file(dirs, "anon.bin", 2 * MB + 7)
    _upload(page, server, "upload_anyone", {"asset": [big]}, title="Anon")
    assert _result(page) == f"ok Anon anon.bin {big.stat().st_size} {_digest(big)} 0"
    assert _sid(context)  # the plan gave the visitor a session to bind the chunks to
    assert _leftovers(dirs) == []


def test_cancel_mid_way_leaves_no_file(context, page, server, dirs):
    _sign_in(page, server)
    page.wait_for_url(server.url + "/dashboard")
    big = _file(dirs, "cancel.bin", 4 * MB)
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 0,
                                                  "downloadThroughput": -1, "uploadThroughput": 1 * MB})
    for action in ("upload_asset", "upload_open"):  # resumable chunks, then one multipart request
        _upload(page, server, action, {"asset": [big]}, title="Gone", cancel_at=10)
        assert _result(page).startswith("error 0 Upload cancelled")
        deadline = time.time() + 5
        while _leftovers(dirs) and time.time() < deadline:
            time.sleep(0.1)
        assert _leftovers(dirs) == []
        assert not (dirs / "saved" / "cancel.bin").exists()


def test_over_the_limit_is_413_naming_it(page, server, dirs):
    _upload(page, server, "upload_tiny", {"asset": [_file(dirs, "two-k.bin", 2048)]})
    assert _result(page) == "error 413 Upload is over the per-file limit (max_file_bytes = 1 KB): 'two-k.bin' is larger limit"
    assert _leftovers(dirs) == []


def test_schema_errors_name_the_field(page, server, dirs):
    _upload(page, server, "upload_open", {"asset": [_file(dirs, "s.bin", 100)]}, title="")
    assert _result(page) == "error 400 Invalid upload_open: title: required title"


def test_anonymous_upload_to_a_signed_in_action_is_401(page, server, dirs):
    _upload(page, server, "upload_asset", {"asset": [_file(dirs, "a.bin", 100)]})
    assert _result(page) == "error 401 Sign in to continue"
    assert _leftovers(dirs) == []


# last: its failures lock this client address out of signing in for the window
def test_sixth_failed_login_is_429_with_retry_after(page, server):
    page.goto(server.url + "/login")
    _ready(page)
    answers = []
    for _ in range(6):
        page.fill("[name=username]", "nobody")
        page.fill("[name=password]", "wrong")
        with page.expect_response(lambda r: r.url.endswith("/__sprag__/actions")) as info:
            page.click("button[type=submit]")
        answers.append((info.value.status, info.value.headers.get("retry-after")))
    assert [status for status, _ in answers] == [401] * 5 + [429]
    assert int(answers[-1][1]) > 0
    page.wait_for_function("() => document.querySelector('.error').textContent.startsWith('429')")
    message = page.text_content(".error")
    assert message.startswith("429 Too many sign-in attempts; try again in")
    assert "nobody" not in message and "exist" not in message
