"""The JavaScript runtime helpers: Python semantics as small, tree-shakable JS snippets."""

from __future__ import annotations

from .registry import HELPERS, helper_closure, helper_module, render_helpers

__all__ = ["HELPERS", "helper_closure", "helper_module", "render_helpers"]
