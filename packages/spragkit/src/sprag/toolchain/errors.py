"""What the toolchain raises and names everywhere, without importing the compiler: the app
loads these on every start, ``sprag_codegen`` only when browser code is compiled."""

from __future__ import annotations

__all__ = ["BuildError", "STORES_SHIM"]

#: The runtime file that gives browser code the app's stores.
STORES_SHIM = "gen/stores.js"


class BuildError(Exception):
    """Browser code that cannot be built; the message names the file and line."""
