"""The labs template in Chromium: every demo driven as a person would, once under `sprag serve`
and once packed (`sprag pack`, sourceless bytecode, minified), one server per mode."""

from __future__ import annotations

import re
import sys

import pytest

from ._processes import SpragProcess, run_sprag, wait_for
from .conftest import free_port
from .test_browser_counter import browser  # noqa: F401 - the module's Chromium

pytestmark = pytest.mark.browser

# A 4xx an action answers on purpose (a form error, a refused role) is logged by Chromium as
# "Failed to load resource"; tests that provoke one say which status they expect.
_RESOURCE = re.compile(r"Failed to load resource: the server responded with a status of (\d+)")


@pytest.fixture(scope="module", params=["serve", "packed"])
def labs(request, tmp_path_factory):
    """The base URL of a scaffolded labs app, served by `sprag serve` or from its packed dist/."""
    root = tmp_path_factory.mktemp("labs")
    created = run_sprag(["new", "labs", "--template", "labs"], root)
    assert created.returncode == 0, created.stdout + created.stderr
    project = root / "labs"
    port = free_port()
    if request.param == "serve":
        server = SpragProcess(["serve", "--port", port, "-C", project], root, root / "serve.log")
    else:
        packed = run_sprag(["pack", "-C", project], project, timeout=300)
        assert packed.returncode == 0, packed.stdout + packed.stderr
        server = SpragProcess(["server.py", "--host", "127.0.0.1", "--port", port], project / "dist",
                              root / "packed.log", command=[sys.executable])
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/", server, timeout=60)
        yield base
    finally:
        server.stop()


class Visit:
    """A fresh page (own cookies) that records page errors and console errors."""

    def __init__(self, browser, base):  # noqa: F811
        self.base = base
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.errors = []
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)

    def go(self, path):
        response = self.page.goto(self.base + path)
        self.page.wait_for_load_state("load")
        return response

    def wait_text(self, selector, text, timeout=5000):
        self.page.wait_for_function(
            "([s, t]) => { const e = document.querySelector(s); return !!e && e.textContent.trim() === t; }",
            arg=[selector, text], timeout=timeout,
        )

    def assert_clean(self, *expected):
        """No errors but the expected ones: a status (int) or a net:: error (str)."""
        def allowed(error):
            status = _RESOURCE.search(error)
            if status and int(status.group(1)) in expected:
                return True
            return "Failed to load resource: net::" in error and any(
                isinstance(x, str) and x in error for x in expected)

        assert [e for e in self.errors if not allowed(e)] == []


@pytest.fixture()
def visit(browser, labs):  # noqa: F811
    opened = Visit(browser, labs)
    yield opened
    opened.context.close()


def test_home_links_every_demo_with_a_sentence(visit):
    visit.go("/")
    cards = visit.page.locator("a.card")
    assert cards.count() >= 20
    hrefs = cards.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    for href in hrefs:
        assert visit.page.request.get(visit.base + href, max_redirects=0).status in (200, 302), href
    assert all(len(t.strip()) > 10 for t in cards.locator("p").all_inner_texts())
    visit.assert_clean()


def test_counter_counts(visit):
    visit.go("/counter")
    for expected in ("1", "2", "3"):
        visit.page.click("[data-role='increment']")
        visit.wait_text(".counter-display", expected)
    visit.assert_clean()


def test_form_shows_field_errors_then_redirects_after_success(visit):
    visit.go("/form")
    page = visit.page
    page.fill("[name='name']", "")
    page.fill("[name='age']", "7")
    page.select_option("[name='plan']", "gold")
    page.click("button[type='submit']")
    page.wait_for_function("document.querySelector(\"[data-error='name']\").textContent !== ''")
    assert page.inner_text("[data-error='name']")
    assert "13" in page.inner_text("[data-error='age']")
    assert page.inner_text("[data-error='plan']")
    page.fill("[name='name']", "Grace Hopper")
    page.fill("[name='age']", "37")
    page.select_option("[name='plan']", "pro")
    with page.expect_navigation():
        page.click("button[type='submit']")
    assert page.url.endswith("/form/thanks?name=Grace+Hopper")
    assert page.inner_text(".thanks") == "Welcome, Grace Hopper!"
    visit.assert_clean(400)


def test_flat_store_counts_in_the_browser(visit):
    visit.go("/store")
    visit.wait_text(".cart-count", "0")
    visit.page.click("[data-role='add']")
    visit.page.click("[data-role='add']")
    visit.wait_text(".cart-count", "2")
    visit.page.click("[data-role='empty']")
    visit.wait_text(".cart-count", "0")
    visit.assert_clean()


def test_nested_store_selectors_fire_only_for_their_slice(visit):
    visit.go("/nested-store")
    page = visit.page
    assert page.inner_text(".user-name") == "Ada"
    page.click("[data-role='theme']")
    visit.wait_text(".theme", "dark")
    page.click("[data-role='theme']")
    visit.wait_text(".theme", "light")
    assert page.inner_text(".name-updates") == "0"
    page.fill("[name='name']", "Grace")
    page.click("[data-role='rename']")
    visit.wait_text(".user-name", "Grace")
    visit.wait_text(".name-updates", "1")
    visit.assert_clean()


def test_virtual_scroll_keeps_a_few_chunks_of_ten_thousand_rows(visit):
    visit.go("/virtual")
    page = visit.page
    page.wait_for_selector(".rows .item")
    assert page.locator(".rows").evaluate("el => el.scrollHeight") >= 10000 * 32
    page.locator(".rows").evaluate("el => { el.scrollTop = el.scrollHeight; }")
    page.wait_for_function("[...document.querySelectorAll('.rows .item')].some(e => e.textContent === 'Row 9999')")
    assert page.locator(".rows .item").count() <= 4 * 50
    visit.assert_clean()


def test_infinite_scroll_loads_pages_until_the_end(visit):
    response = visit.go("/infinite")
    page = visit.page
    assert response.text().count('class="item"') == 10  # the first page comes with the HTML
    for _ in range(10):
        page.mouse.wheel(0, 5000)
        page.wait_for_timeout(150)
        if page.locator(".feed .item").count() == 50:
            break
    visit.wait_text(".feed-status", "That is all.")
    assert page.locator(".feed .item").count() == 50
    assert page.locator(".feed .item").last.inner_text() == "Story 50"
    visit.assert_clean()


def test_lazy_images_load_when_scrolled_into_view(visit):
    visit.go("/images")
    page = visit.page
    last = page.locator(".gallery img").last
    assert "placeholder" in last.get_attribute("src")
    last.scroll_into_view_if_needed()
    page.wait_for_function("(img) => img.src.endsWith('/photo-12.svg') && img.complete", arg=last.element_handle())
    visit.assert_clean()


def test_notice_animates_in_and_out(visit):
    visit.go("/animation")
    page = visit.page
    assert page.locator(".notice").is_hidden()
    page.click("[data-role='show']")
    assert "fade-in" in page.locator(".notice").get_attribute("class")
    page.wait_for_function("!document.querySelector('.notice').classList.contains('fade-in')")
    assert page.locator(".notice").is_visible()
    visit.wait_text(".shown", "1")
    page.click("[data-role='dismiss']")
    visit.wait_text(".hidden-count", "1")
    assert page.locator(".notice").is_hidden()
    visit.assert_clean()


def test_search_is_debounced_and_the_meter_throttled(visit):
    visit.go("/search")
    page = visit.page
    page.type("[name='q']", "pyth", delay=30)
    visit.wait_text(".results", "Python")
    assert page.inner_text(".searches") == "1"
    assert int(page.inner_text(".counted")) <= 2
    page.wait_for_timeout(1100)
    page.type("[name='q']", "o", delay=0)
    visit.wait_text(".keystrokes", "5")
    visit.assert_clean()


def test_refs_reach_elements_by_name(visit):
    visit.go("/refs")
    page = visit.page
    page.fill("input", "Ada")
    page.click("text=Greet")
    visit.wait_text(".greeting", "Hello, Ada!")
    page.click("text=Clear and focus")
    page.wait_for_function("document.activeElement === document.querySelector('input') && document.activeElement.value === ''")
    visit.assert_clean()


def test_operation_outcome_success_and_failure(visit):
    visit.go("/operation")
    page = visit.page
    page.click("button[type='submit']")
    visit.wait_text(".outcome", "Outcome.success: 2.5")
    page.fill("[name='b']", "0")
    page.click("button[type='submit']")
    visit.wait_text(".outcome", "Outcome.failure: cannot divide by zero")
    assert "error" in page.get_attribute(".outcome", "class")
    visit.assert_clean()


def test_watcher_feeds_the_page(visit):
    visit.go("/watcher")
    page = visit.page
    page.wait_for_function("document.querySelector('.temperature').textContent.includes('°C')")
    first = int(page.inner_text(".updates"))
    page.wait_for_function(f"+document.querySelector('.updates').textContent > {first}", timeout=5000)
    visit.assert_clean()


def test_upload_shows_progress_and_can_be_cancelled(visit, tmp_path):
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    visit.go("/upload")
    page = visit.page
    page.set_input_files("[name='file']", str(big))
    page.click("button[type='submit']")
    visit.wait_text(".upload-status", "Stored big.bin (2097152 bytes).", timeout=20000)
    assert page.locator("progress").get_attribute("value") == "100"
    huge = tmp_path / "huge.bin"
    huge.write_bytes(b"y" * (32 * 1024 * 1024))  # 512 chunks: Cancel lands mid-way
    page.set_input_files("[name='file']", str(huge))
    page.click("button[type='submit']")
    page.wait_for_function("+document.querySelector('progress').value > 0")
    page.click("[data-role='cancel']")
    visit.wait_text(".upload-status", "Cancelled.")
    visit.assert_clean()


def test_an_interrupted_chunked_upload_resumes_from_the_servers_offset(visit, tmp_path):
    big = tmp_path / "resume.bin"
    big.write_bytes(bytes(range(256)) * 4096)  # 1 MB: 16 chunks of 64 KB
    seen = {"puts": 0, "offset_checks": 0}

    def flaky(route):
        if route.request.method == "GET":
            seen["offset_checks"] += 1
        elif route.request.method == "PUT":
            seen["puts"] += 1
            if seen["puts"] == 5:  # the connection drops in the middle of the upload
                return route.abort("connectionreset")
        return route.continue_()

    visit.go("/upload")
    page = visit.page
    page.route("**/resumable/**", flaky)
    page.set_input_files("[name='file']", str(big))
    page.click("button[type='submit']")
    visit.wait_text(".upload-status", "Stored resume.bin (1048576 bytes).", timeout=20000)
    assert seen["offset_checks"] == 1 and seen["puts"] == 17  # one chunk sent twice
    visit.assert_clean("ERR_CONNECTION_RESET")


def test_sign_in_protected_and_role_protected_pages(visit):
    page = visit.page
    visit.go("/account")
    assert "/login?next=" in page.url
    page.fill("[name='username']", "bob")
    page.fill("[name='password']", "wrong")
    page.click("button[type='submit']")
    visit.wait_text(".error", "Wrong username or password")
    page.fill("[name='password']", "builder")
    with page.expect_navigation():
        page.click("button[type='submit']")
    assert page.url.endswith("/account")
    assert page.inner_text(".hello") == "Hello, Bob"
    assert visit.go("/admin").status == 403
    visit.go("/account")
    with page.expect_navigation():
        page.click("[data-role='logout']")
    assert page.url.endswith("/login")
    page.fill("[name='username']", "ada")
    page.fill("[name='password']", "lovelace")
    with page.expect_navigation():
        page.click("button[type='submit']")
    assert visit.go("/admin").status == 200
    assert page.inner_text(".admin") == "Admin area"
    visit.assert_clean(401, 403)


def test_metadata_reaches_the_head(visit):
    visit.go("/seo")
    page = visit.page
    assert page.title() == "Why metadata matters"
    assert page.get_attribute("meta[name='description']", "content") == "Titles, descriptions and cards, set per page."
    assert page.get_attribute("link[rel='canonical']", "href") == "https://example.com/seo"
    assert page.locator("meta[property='og:title']").count() == 1
    visit.assert_clean()


def test_js_interop_global_script_and_esm_module(visit):
    visit.go("/interop")
    page = visit.page
    visit.wait_text(".slug", "hello-sprag-world")
    assert page.inner_text(".words") == "3"
    page.fill("[name='title']", "Ünïcode titles are fine")
    visit.wait_text(".slug", "unicode-titles-are-fine")
    visit.wait_text(".words", "4")
    visit.assert_clean()


def test_document_page_ships_no_javascript(visit):
    scripts = []
    visit.page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    visit.go("/document")
    assert visit.page.locator("script[src], script[type='module']").count() == 0
    assert scripts == []
    assert visit.page.locator(".facts li").count() == 3
    visit.assert_clean()


def test_env_on_the_server_and_public_env_in_the_browser(visit):
    visit.go("/env")
    page = visit.page
    assert page.inner_text(".app-name") == "SPRAG labs"
    visit.wait_text(".greeting", "Hello from .env")
    assert page.inner_text(".public-names") == "SPRAG_PUBLIC_GREETING, SPRAG_PUBLIC_SITE_NAME"
    assert "SECRET" not in page.content().split("sprag-payload")[-1]
    visit.assert_clean()


def test_lifecycle_mount_counts_starts_and_stops(visit):
    visit.go("/lifecycle")
    page = visit.page
    for round_ in (1, 2):
        page.click("[data-role='toggle']")
        visit.wait_text(".starts", str(round_))
        page.wait_for_function("+(document.querySelector('.ticker strong') || {}).textContent > 2")
        page.click("[data-role='toggle']")
        visit.wait_text(".stops", str(round_))
        assert page.locator(".ticker").count() == 0
    visit.assert_clean()


def _second_tab(visit):
    """Another page in the same browser context (same cookies, same session)."""
    page = visit.context.new_page()
    page.on("pageerror", lambda exc: visit.errors.append(f"pageerror: {exc}"))
    page.on("console", lambda msg: visit.errors.append(msg.text) if msg.type == "error" else None)
    return page


def test_job_progress_cancel_and_reload_reattach(visit):
    visit.go("/jobs")
    page = visit.page
    page.click("[data-role='start']")
    page.wait_for_function("+document.querySelector('progress').value > 0", timeout=10000)
    page.reload()
    page.wait_for_load_state("load")
    page.wait_for_function("document.querySelector('.job-state').textContent === 'running'", timeout=10000)
    visit.wait_text(".job-state", "completed", timeout=15000)
    assert page.locator("progress").get_attribute("value") == "100"
    assert page.inner_text(".job-message") == "Building docs (6/6)"
    page.click("[data-role='start']")
    page.wait_for_function("document.querySelector('.job-state').textContent === 'running'", timeout=10000)
    page.click("[data-role='cancel']")
    visit.wait_text(".job-state", "cancelled", timeout=15000)
    visit.assert_clean()


def test_live_store_updates_every_tab(visit):
    visit.go("/live-store")
    other = _second_tab(visit)
    other.goto(visit.base + "/live-store")
    start = int(visit.page.inner_text(".likes"))
    other.wait_for_timeout(300)  # both streams open
    visit.page.click("[data-role='like']")
    visit.page.click("[data-role='like']")
    for tab in (visit.page, other):
        tab.wait_for_function(f"document.querySelector('.likes').textContent === '{start + 2}'")
    visit.assert_clean()


def test_sse_broadcast_reaches_every_listening_page(visit, browser):  # noqa: F811
    visit.go("/broadcast")
    stranger = Visit(browser, visit.base)  # another visitor, another session
    try:
        stranger.go("/broadcast")
        stranger.page.wait_for_timeout(300)
        visit.page.fill("[name='text']", "hello everyone")
        visit.page.click("button[type='submit']")
        for page in (visit.page, stranger.page):
            page.wait_for_function("document.querySelector('.announcements li')?.textContent === 'hello everyone'")
        stranger.assert_clean()
    finally:
        stranger.context.close()
    visit.assert_clean()


def test_chat_messages_reach_only_their_room(visit, browser):  # noqa: F811
    visit.go("/chat")
    friend = Visit(browser, visit.base)
    try:
        friend.go("/chat")
        friend.page.click("[data-room='python']")
        friend.wait_text(".current-room", "#python")
        visit.page.fill("[name='text']", "hi lobby")
        visit.page.click("button[type='submit']")
        visit.wait_text(".messages li", "hi lobby")
        friend.page.fill("[name='text']", "hi pythonistas")
        friend.page.click("button[type='submit']")
        friend.wait_text(".messages li", "hi pythonistas")
        assert friend.page.locator(".messages li").count() == 1
        visit.page.click("[data-room='python']")
        visit.wait_text(".current-room", "#python")
        friend.page.fill("[name='text']", "welcome")
        friend.page.click("button[type='submit']")
        visit.wait_text(".messages li", "welcome")
        friend.assert_clean()
    finally:
        friend.context.close()
    visit.assert_clean()


def test_cross_wired_job_result_lands_in_a_live_store(visit):
    visit.go("/pipeline")
    other = _second_tab(visit)
    other.goto(visit.base + "/pipeline")
    other.wait_for_timeout(300)
    visit.page.fill("[name='text']", "queues write stores")
    visit.page.click("button[type='submit']")
    expected = '"queues write stores": 3 words, longest "queues"'
    for tab in (visit.page, other):
        tab.wait_for_function("([t]) => document.querySelector('.report').textContent === t", arg=[expected],
                              timeout=10000)
    visit.assert_clean()


def test_restsockets_clock_streams(visit):
    visit.go("/clock")
    page = visit.page
    page.wait_for_function("/^\\d\\d:\\d\\d:\\d\\d$/.test(document.querySelector('.time').textContent)")
    page.wait_for_function("+document.querySelector('.ticks').textContent >= 3", timeout=6000)
    visit.assert_clean()
