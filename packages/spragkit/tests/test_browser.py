"""End to end in headless Chromium against a real server process (marked browser)."""

import os
import shutil

import pytest
from conftest import PROJECTS
from livesrv import LiveServer

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("SPRAG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


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
def server():
    srv = LiveServer(PROJECTS / "basic", mode="production",
                     env={"SPRAG_PUBLIC_SITE_NAME": "Basic", "SPRAG_TEST_SECRET": "hunter2"})
    yield srv
    srv.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    context.close()


def test_seed_counter_counts_0_1_2_3(page, server):
    page.goto(server.url + "/counter")
    display = page.locator(".counter-display")
    assert display.text_content() == "0"
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    for expected in ("1", "2", "3"):
        page.click("[data-role='increment']")
        page.wait_for_function(
            f"() => document.querySelector('.counter-display').textContent === '{expected}'"
        )
    assert page.errors == []


def test_counter_hydrates_in_place_without_recreating_nodes(page, server):
    page.goto(server.url + "/counter")
    page.evaluate("() => { window.__card = document.querySelector('.counter-card'); }")
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    page.click("[data-role='increment']")
    page.wait_for_function("() => document.querySelector('.counter-display').textContent === '1'")
    assert page.evaluate("() => window.__card === document.querySelector('.counter-card')")


def test_document_page_has_no_script(page, server):
    page.goto(server.url + "/")
    assert page.evaluate("() => document.scripts.length") == 0
    assert page.text_content(".greeting") == "Hello from the server"


def test_hostile_load_data_is_displayed_not_executed(page, server):
    page.goto(server.url + "/hostile")
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.text_content(".echo").startswith("</script><script>window.__pwned = 1</script>")
    assert page.get_attribute("[data-sprag-island]", "data-started") == "yes"
    assert page.errors == []


def test_dynamic_and_catch_all_routes_resolve(page, server):
    page.goto(server.url + "/blog/first-post")
    assert page.text_content(".slug") == "first-post"
    page.goto(server.url + "/docs/guide/install")
    assert page.locator(".segment").all_text_contents() == ["guide", "install"]
    page.goto(server.url + "/blog/new")
    assert page.text_content(".new-post") == "Write a new post"


def test_mount_boots_a_browser_owned_root(page, server):
    page.goto(server.url + "/dashboard")
    page.wait_for_function("() => document.querySelector('.dash-title')?.textContent === 'Dashboard (booted)'")
    assert page.locator(".dash-item").all_text_contents() == ["alpha", "beta"]
    assert page.errors == []


def test_store_value_from_the_server_appears_in_the_browser(page, server):
    page.goto(server.url + "/profile")
    page.wait_for_function("() => document.querySelector('.who')?.textContent === 'Grace'")
    assert page.errors == []


def test_env_reaches_only_what_is_public(page, server):
    page.goto(server.url + "/profile")
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    assert page.text_content(".site") == "Basic"
    assert "hunter2" not in page.content()
    assert page.evaluate("() => Object.keys(window.__SPRAG_ENV__).every(k => k.startsWith('SPRAG_PUBLIC_'))")


def test_hydration_keeps_integral_floats_and_action_floats(page, server):
    page.goto(server.url + "/floats")
    texts = {c: page.locator("." + c).text_content() for c in ("price", "big", "nested", "tag")}
    assert texts == {"price": "2.0", "big": "1e+16", "nested": "{'k': [1.0, None, True]}",
                     "tag": "{'$f': 1}"}
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    page.evaluate("() => window.__floatCard = document.querySelector('.price')")
    # hydration re-renders nothing: a component render now would give the same text
    assert {c: page.locator("." + c).text_content() for c in texts} == texts
    page.click("[data-role='half']")
    page.wait_for_function("() => document.querySelector('.result').textContent === '2.0'")
    assert page.errors == []


def test_a_snowflake_id_round_trips_exactly_through_compiled_code_and_an_action(page, server):
    """load() returns 1234567890123456789012: the page prints it (SSR and hydrated), compiled
    code increments it as a BigInt, sends it back through an action, and the server's schema
    (Field(int)) receives the exact Python int; its result comes back exact too."""
    big = 1234567890123456789012
    page.goto(server.url + "/bigints")
    expected = {"id": str(big), "low": "12", "small": "7",
                "ids": f"[{2**53}, {-(2**64)}]", "tag": "{'$i': '5'}"}
    assert {c: page.locator("." + c).text_content() for c in expected} == expected
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    assert page.evaluate("() => typeof window.__SPRAG_PAYLOAD__.modules[0].state.id") == "bigint"
    assert {c: page.locator("." + c).text_content() for c in expected} == expected
    page.click("[data-role='bump']")
    page.wait_for_function(f"() => document.querySelector('.id').textContent === '{big + 1}'")
    assert page.locator(".low").text_content() == "13"
    page.click("[data-role='send']")
    echo = f"int {big + 1} {big + 2} [{2**53}, {-(2**64)}]"
    page.wait_for_function(f"() => document.querySelector('.echo').textContent === '{echo}'")
    assert page.errors == []


def test_default_template_counter_counts_from_its_single_production_file(page, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    sprag = Path(sys.executable).with_name("sprag")
    subprocess.run([str(sprag), "new", str(tmp_path / "w"), "--force"], check=True, capture_output=True)
    srv = LiveServer(tmp_path / "w", mode="production")
    try:
        page.goto(srv.url + "/counter")
        assert page.evaluate("() => document.querySelectorAll('script[src], link[rel=modulepreload]').length") == 1
        page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
        for expected in ("1", "2", "3"):
            page.click("[data-role='increment']")
            page.wait_for_function(
                f"() => document.querySelector('.counter-display').textContent === '{expected}'"
            )
    finally:
        srv.stop()
    assert page.errors == []


def test_production_bundle_keeps_listeners_and_keyed_moves_a_component_uses(page, server):
    """The bundler drops runtime code nothing names; a component with on_click= and a keyed
    ui.For must still get event delegation and keyed moves in the production bundle."""
    page.goto(server.url + "/tally")
    page.wait_for_function("document.documentElement.dataset.spragReady === '1'")
    page.click(".add")
    page.click(".add")
    page.wait_for_function("document.querySelector('.add').textContent === '2'")
    page.evaluate("window.firstRow = document.querySelector('li')")
    page.click(".rotate")
    page.wait_for_function("document.querySelector('li').textContent === 'b'")
    assert page.eval_on_selector_all("li", "els => els.map((e) => e.textContent)") == ["b", "c", "a"]
    # the <li> for "a" was moved to the end, not re-created
    assert page.evaluate("document.querySelectorAll('li')[2] === window.firstRow") is True
    assert page.errors == []
