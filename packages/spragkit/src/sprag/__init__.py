"""SPRAG, a full-stack Python web framework: one language, two runtimes.

    from sprag import App, page, Controller, action, Screen, hydrate, Component, Module, ui
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import Any

from .browser_names import browser, imports

# Names load on first use, so ``import sprag`` (and the CLI) stays fast: Flask, gevent and
# Jinja2 are imported only when something needs them.
_LAZY = {
    "Component": "ragot", "ui": "ragot",
    "Field": "specter", "HTTPError": "specter", "QueueService": "specter", "Schema": "specter",
    "bus": "specter",
    "App": "sprag.app",
    "AnonymousAuthService": "sprag.auth", "AuthService": "sprag.auth", "User": "sprag.auth",
    "requires_auth": "sprag.auth",
    "Controller": "sprag.controller", "action": "sprag.controller",
    "env": "sprag.env", "public_env": "sprag.env",
    "set_metadata": "sprag.metadata",
    "Module": "sprag.module",
    "Redirect": "sprag.redirects", "redirect": "sprag.redirects",
    "Screen": "sprag.screen", "hydrate": "sprag.screen", "ssr": "sprag.screen",
    "InMemorySessionStore": "sprag.sessions", "SessionPolicy": "sprag.sessions",
    "SessionStore": "sprag.sessions",
    "store": "sprag.stores",
    "module": "sprag.surfaces", "mount": "sprag.surfaces", "page": "sprag.surfaces",
    "shell": "sprag.surfaces",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'sprag' has no attribute {name!r}")
    value = getattr(import_module(where), name)
    globals()[name] = value
    return value


def __dir__() -> list:
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    """Keeps ``sprag.env`` and ``sprag.module`` the public functions when the submodules of
    the same name are imported (Python would otherwise bind the submodule over them)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


_SHADOWED = ("env", "module")
sys.modules[__name__].__class__ = _Package


__version__ = "0.2.0"

__all__ = [
    "__version__",
    "App",
    "page",
    "mount",
    "module",
    "shell",
    "Controller",
    "action",
    "redirect",
    "Redirect",
    "Screen",
    "hydrate",
    "ssr",
    "Component",
    "Module",
    "ui",
    "store",
    "env",
    "public_env",
    "browser",
    "imports",
    "set_metadata",
    "Field",
    "Schema",
    "HTTPError",
    "QueueService",
    "bus",
    "SessionPolicy",
    "SessionStore",
    "InMemorySessionStore",
    "AuthService",
    "AnonymousAuthService",
    "User",
    "requires_auth",
]

