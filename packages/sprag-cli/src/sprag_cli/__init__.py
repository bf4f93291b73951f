"""The ``sprag`` command host: the click group, scaffolding and terminal conventions."""

from .cli import cli, main

__version__ = "0.2.0"

__all__ = ["cli", "main", "__version__"]
