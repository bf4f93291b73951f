"""SPRAG, a full-stack Python web framework: one language, two runtimes.

    from sprag import App, page, Controller, action, Screen, hydrate, Component, Module, ui
"""

from __future__ import annotations

from ragot import Component, ui
from specter import Field, HTTPError, QueueService, Schema, bus

from .app import App
from .auth import AnonymousAuthService, AuthService, User, requires_auth
from .browser_names import browser, imports
from .controller import Controller, action
from .env import env, public_env
from .metadata import set_metadata
from .module import Module
from .redirects import Redirect, redirect
from .screen import Screen, hydrate, ssr
from .sessions import InMemorySessionStore, SessionPolicy, SessionStore
from .stores import store
from .surfaces import module, mount, page, shell

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

