"""A packed app (sourceless bytecode, minified, precompressed, images packed) in Chromium."""

from __future__ import annotations

import json
import sys

import pytest

from ._processes import SpragProcess, run_sprag, wait_for
from .conftest import free_port
from .test_browser_counter import _click_until, browser  # noqa: F401 - the Chromium fixture

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("images", [False, True], ids=["default", "with-images"])
def test_packed_server_serves_every_page_and_the_counter_counts(browser, tmp_path, images):  # noqa: F811
    assert run_sprag(["new", "app1"], tmp_path).returncode == 0
    project = tmp_path / "app1"
    if images:
        pytest.importorskip("PIL.Image", reason="Pillow is not installed (spragkit[images])")
        from .packfixture import add_images

        add_images(project)
    packed = run_sprag(["pack", "-C", project], project, timeout=300)
    assert packed.returncode == 0, packed.stdout + packed.stderr
    dist = project / "dist"
    assert not list((dist / "app").rglob("*.py"))
    routes = sorted(json.loads((dist / "manifest.json").read_text())["surfaces"])
    port = free_port()
    server = SpragProcess(["server.py", "--host", "127.0.0.1", "--port", port], dist,
                          tmp_path / "server.log", command=[sys.executable])
    page = browser.new_page()
    errors, failed = [], []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/", server)
        for route in routes:
            response = page.goto(base + route)
            assert response.status == 200, route
            page.wait_for_load_state("load")
        page.goto(base + "/counter")
        assert page.locator(".counter-display").inner_text() == "0"
        _click_until(page, "1", "2", "3")
        if images:
            hydrated = page.locator(".counter-card img")
            assert ".webp" in (hydrated.get_attribute("srcset") or "")
            page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=hydrated.element_handle())
            assert hydrated.evaluate("img => img.currentSrc").endswith(".webp")
            page.goto(base + "/about")
            pictured = page.locator("section picture img")
            page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=pictured.element_handle())
            assert pictured.evaluate("img => img.currentSrc").endswith(".webp")
            shell_logo = page.locator("header picture img")
            assert shell_logo.evaluate("img => img.complete && img.naturalWidth") > 0
        assert errors == [] and failed == []
    finally:
        page.close()
        server.stop()
