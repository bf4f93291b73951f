"""The SPRAG browser component model: a small JavaScript runtime and its Python authoring API (Component, Module, ui)."""

__version__ = "0.2.0"

__all__ = ["__version__"]
