"""The commands sprag-cli itself provides: scaffolding (``new``, ``add``)."""

from .add import add
from .new import new

__all__ = ["new", "add"]
