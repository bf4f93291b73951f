"""SPRAG, a full-stack Python web framework: one language, two runtimes.

    from sprag import App, page, Controller, action, Screen, hydrate, Component, Module, ui
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .browser_names import browser, imports

# Names load on first use, so ``import sprag`` (and the CLI) stays fast: Flask, gevent and
# Jinja2 are imported only when something needs them.
_LAZY = {
    "Component": "ragot", "ui": "ragot",
    "debounce": "ragot", "throttle": "ragot", "animate": "ragot", "virtual_scroll": "ragot",
    "infinite_scroll": "ragot", "ref": "ragot",
    "Operation": "specter", "OperationError": "specter", "Outcome": "specter", "Watcher": "specter",
    "Resource": "specter",
    "Field": "specter", "HTTPError": "specter", "QueueService": "specter", "Schema": "specter",
    "bus": "specter",
    "App": "sprag.app", "AppConfig": "sprag.config",
    "AnonymousAuthService": "sprag.http.auth", "AuthService": "sprag.http.auth", "User": "sprag.http.auth",
    "requires_auth": "sprag.http.auth", "LoginThrottle": "sprag.http.auth",
    "UploadLimits": "sprag.http.limits", "UploadedFile": "sprag.uploads.files",
    "Controller": "sprag.controller", "action": "sprag.controller",
    "env": "sprag.environment", "public_env": "sprag.environment",
    "set_metadata": "sprag.render.metadata",
    "Module": "sprag.browser_module",
    "Redirect": "sprag.http.redirects", "redirect": "sprag.http.redirects",
    "Screen": "sprag.screen", "hydrate": "sprag.screen", "ssr": "sprag.screen",
    "InMemorySessionStore": "sprag.backends.sessions", "SessionPolicy": "sprag.backends.sessions",
    "SessionStore": "sprag.backends.sessions",
    "SecurityHeaders": "sprag.http.headers",
    "store": "sprag.stores",
    "module": "sprag.surfaces", "mount": "sprag.surfaces", "page": "sprag.surfaces",
    "shell": "sprag.surfaces",
    "resource": "sprag.realtime", "emit_socket": "sprag.realtime",
    "load_markdown_document": "sprag.content", "load_markdown_tree": "sprag.content",
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


__version__ = "0.2.0"

__all__ = [
    "__version__",
    "App",
    "AppConfig",
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
    "debounce",
    "throttle",
    "animate",
    "virtual_scroll",
    "infinite_scroll",
    "ref",
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
    "Watcher",
    "Operation",
    "OperationError",
    "Outcome",
    "bus",
    "SessionPolicy",
    "SessionStore",
    "InMemorySessionStore",
    "SecurityHeaders",
    "AuthService",
    "AnonymousAuthService",
    "User",
    "requires_auth",
    "LoginThrottle",
    "UploadLimits",
    "UploadedFile",
    "load_markdown_document",
    "load_markdown_tree",
    "resource",
    "Resource",
    "emit_socket",
]

