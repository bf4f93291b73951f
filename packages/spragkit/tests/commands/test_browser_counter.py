"""The scaffolded counter, driven in headless Chromium under `sprag dev` and `sprag serve`."""

from __future__ import annotations

import contextlib
import shutil

import pytest

from ._processes import SpragProcess, run_sprag, wait_for
from .conftest import free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not shutil.which("chromium") and not shutil.which(CHROMIUM):
        pytest.skip("Chromium is not installed (/usr/bin/chromium)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


@contextlib.contextmanager
def _dev_page(browser, tmp_path, path):
    """A fresh default project under `sprag dev`, and a page open at `path`."""
    assert run_sprag(["new", "app1"], tmp_path).returncode == 0
    project = tmp_path / "app1"
    port = free_port()
    server = SpragProcess(["dev", "--port", port, "-C", project], tmp_path, tmp_path / "dev.log")
    page = browser.new_page()
    try:
        url = f"http://127.0.0.1:{port}{path}"
        wait_for(url, server)
        page.goto(url)
        yield project, page
    finally:
        page.close()
        server.stop()


def _click_until(page, *shown):
    """Click the counter's button once per value in `shown`, waiting for each to be displayed."""
    for expected in shown:
        page.click("[data-role='increment']")
        page.wait_for_function(
            f"document.querySelector('.counter-display').textContent === '{expected}'",
            timeout=5000,
        )


@pytest.mark.parametrize("command", ["dev", "serve"])
def test_scaffolded_counter_increments_in_the_browser(browser, tmp_path, command):
    assert run_sprag(["new", "app1"], tmp_path).returncode == 0
    port = free_port()
    server = SpragProcess([command, "--port", port, "-C", tmp_path / "app1"], tmp_path,
                          tmp_path / f"{command}.log")
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        url = f"http://127.0.0.1:{port}/counter"
        wait_for(url, server)
        page.goto(url)
        display = page.locator(".counter-display")
        assert display.inner_text() == "0"
        _click_until(page, "1", "2", "3")
        assert errors == []
    finally:
        page.close()
        server.stop()


def test_dev_reloads_the_open_page_after_a_change(browser, tmp_path):
    with _dev_page(browser, tmp_path, "/") as (project, page):
        assert page.locator("h1").inner_text() == "App1"
        web = project / "app" / "routes" / "home" / "web.py"
        web.write_text(web.read_text().replace('ui.h1(data["title"])', 'ui.h1("Reloaded")'))
        page.wait_for_function("document.querySelector('h1').textContent === 'Reloaded'",
                               timeout=15000)


def test_dev_reload_keeps_the_counter_state_and_shows_the_new_markup(browser, tmp_path):
    with _dev_page(browser, tmp_path, "/counter") as (project, page):
        _click_until(page, "1", "2", "3")
        components = project / "app" / "routes" / "counter" / "components.py"
        source = components.read_text()
        assert '"Increment"' in source
        components.write_text(source.replace('"Increment"', '"Add one"'))
        page.wait_for_function(
            "document.querySelector('[data-role=increment]').textContent === 'Add one'",
            timeout=15000,
        )
        page.wait_for_function(
            "document.querySelector('.counter-display').textContent === '3'", timeout=5000
        )
        _click_until(page, "4")
