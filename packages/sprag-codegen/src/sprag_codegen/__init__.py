"""An honest Python-to-JavaScript compiler: compiled code behaves as CPython would, or the build fails with a diagnostic."""

__version__ = "0.2.0"

__all__ = ["__version__"]
