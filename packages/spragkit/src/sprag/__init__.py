"""SPRAG, a full-stack Python web framework: one language, two runtimes."""

__version__ = "0.2.0"

__all__ = ["__version__"]
