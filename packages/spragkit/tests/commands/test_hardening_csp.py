"""SPRAG's own pages satisfy the opt-in strict Content-Security-Policy, in headless Chromium.

The scaffolded app opts in with ``App(security_headers=SecurityHeaders(
content_security_policy=True))``; every page loads without a single CSP violation (no inline
script: the payload is JSON, never executed) and the counter still counts.
"""

from __future__ import annotations

import pytest

from ._probe import raw_get
from ._processes import SpragProcess, run_sprag, wait_for
from .conftest import free_port
from .test_browser_counter import browser  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser

STRICT_APP = '''\
from sprag import App, SecurityHeaders

app = App(security_headers=SecurityHeaders(content_security_policy=True))
'''

WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
    (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
"""


@pytest.mark.parametrize("command", ["serve", "dev"])
def test_every_page_loads_under_the_strict_csp_and_the_counter_counts(browser, tmp_path, command):  # noqa: F811
    assert run_sprag(["new", "app1"], tmp_path).returncode == 0
    project = tmp_path / "app1"
    (project / "app" / "__init__.py").write_text(STRICT_APP)
    port = free_port()
    server = SpragProcess([command, "--port", port, "-C", project], tmp_path, tmp_path / f"{command}.log")
    page = browser.new_page()
    console = []
    page.on("console", lambda msg: console.append(msg.text))
    page.add_init_script(WATCH_VIOLATIONS)
    try:
        wait_for(f"http://127.0.0.1:{port}/counter", server)
        _status, headers, _body = raw_get(port, "/counter")
        assert "script-src 'self'" in headers["content-security-policy"]
        for path in ("/", "/about", "/counter"):
            page.goto(f"http://127.0.0.1:{port}{path}")
            page.wait_for_load_state("load")
            assert page.evaluate("window.__violations") == [], path
        for expected in ("1", "2"):  # no wait_for_function: the policy forbids eval
            page.click("[data-role='increment']")
            page.wait_for_selector(f".counter-display:text-is('{expected}')", timeout=5000)
        assert page.evaluate("window.__violations") == []
        assert not [m for m in console if "Content Security Policy" in m], console
    finally:
        page.close()
        server.stop()
