"""Helpers for the runtime's browser tests: run a snippet with the runtime imported as ``R``."""

from __future__ import annotations

from typing import Any, Callable

import pytest


@pytest.fixture
def ragot(browser_page: Any) -> Callable[[str], Any]:
    """``ragot(js_body) -> value``: run an async function body in the page with ``R`` = the
    runtime (``/ragot/index.js``) and ``frame()`` = a promise of the next two animation frames;
    returns what the body returns (JSON-able)."""

    def run(body: str) -> Any:
        return browser_page.evaluate(
            "async () => {\n"
            "  const R = await import('/ragot/index.js');\n"
            "  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));\n"
            "  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n"
            f"{body}\n"
            "}"
        )

    return run
