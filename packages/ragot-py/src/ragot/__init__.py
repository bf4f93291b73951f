"""The SPRAG browser component model: a small JavaScript runtime and its Python authoring API.

from ragot import Component, Module, ui, render_to_string
"""

from __future__ import annotations

from .builders import ui
from .component import Component
from .decorators import (
    Decoration,
    Ref,
    animate,
    debounce,
    decorations,
    infinite_scroll,
    ref,
    throttle,
    virtual_scroll,
)
from .module import Module
from .owner import BrowserOnlyError
from .ssr import render_to_string
from .vnode import Fragment, Raw, VNode

__version__ = "0.2.0"

__all__ = [
    "__version__",
    "ui",
    "render_to_string",
    "Component",
    "Module",
    "BrowserOnlyError",
    "debounce",
    "throttle",
    "animate",
    "virtual_scroll",
    "infinite_scroll",
    "ref",
    "Ref",
    "Decoration",
    "decorations",
    "VNode",
    "Fragment",
    "Raw",
]
