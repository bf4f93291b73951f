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


def compile_component_module(source: str, filename: str, runtime: str = "/ragot", **options):
    """Compile browser Python (Components, Modules) to an ES module with the ragot dialect.

    Returns the sprag_codegen `Artifact`; see `ragot.dialect.compile_component_module`.
    """
    from .dialect import compile_component_module as compile_with_dialect

    return compile_with_dialect(source, filename, runtime, **options)


__all__ = [
    "__version__",
    "ui",
    "render_to_string",
    "compile_component_module",
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
