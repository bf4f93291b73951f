"""An honest Python-to-JavaScript compiler: compiled code behaves as CPython would, or the build fails with a diagnostic."""

from __future__ import annotations

from .api import compile_class, compile_function, compile_source
from .artifact import Artifact
from .diagnostics import Diagnostic, JSCodegenError
from .dialect import Dialect, ImportBinding, IntrinsicCall
from .runtime import helper_module

__version__ = "0.2.0"

__all__ = [
    "Artifact",
    "Diagnostic",
    "Dialect",
    "ImportBinding",
    "IntrinsicCall",
    "JSCodegenError",
    "__version__",
    "compile_class",
    "compile_function",
    "compile_source",
    "helper_module",
]
