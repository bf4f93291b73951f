"""``browser`` and ``imports``: names that only mean something in compiled browser code.

``browser.Chart`` compiles to ``globalThis.Chart`` (a global from a ``js=[...]`` script);
``imports.dayjs`` to the ES module declared as ``modules={"dayjs": module(...)}``. Read on
the server, they explain themselves.
"""

from __future__ import annotations

from typing import Any

__all__ = ["browser", "imports"]


class _BrowserNamespace:
    def __init__(self, name: str, hint: str) -> None:
        self._name = name
        self._hint = hint

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        raise RuntimeError(f"{self._name}.{attr} exists in browser code only; {self._hint}")

    def __repr__(self) -> str:
        return f"<sprag.{self._name}: browser-only namespace>"


browser = _BrowserNamespace("browser", "it compiles to globalThis.<name>")
imports = _BrowserNamespace("imports", "declare the alias with page(modules={alias: module(...)})")
