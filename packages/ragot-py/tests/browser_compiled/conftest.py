"""Fixtures for the compiled-Python browser tests (the page fixtures live in tests/conftest.py).

- ``run_js(body)``: run an async function body in the page with ``R`` = the ragot runtime
  (``/ragot/index.js``) and ``frame()`` = a promise of the next two animation frames.
- ``serve_module(name, code)``: serve a compiled ES module at ``/compiled/<name>.js``.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest


@pytest.fixture
def run_js(ragot: Callable[[str], Any]) -> Callable[[str], Any]:
    return ragot


@pytest.fixture
def serve_module(static_server: Any) -> Callable[[str, str], str]:
    def serve(name: str, code: str) -> str:
        path = f"/compiled/{name}.js"
        static_server.add_file(path, code, "text/javascript; charset=utf-8")
        return path

    return serve
