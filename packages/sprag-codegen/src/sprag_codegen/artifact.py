"""The result of compiling one Python module."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, List

from .diagnostics import Diagnostic

__all__ = ["Artifact"]


@dataclass(frozen=True)
class Artifact:
    """An ES2020 module compiled from Python, with its source map and what it uses."""

    code: str
    source_map: Dict[str, Any]
    diagnostics: List[Diagnostic] = field(default_factory=list)
    helpers: FrozenSet[str] = frozenset()
    exports: List[str] = field(default_factory=list)

    def code_with_map_comment(self, map_url: str) -> str:
        """Return the code followed by a `//# sourceMappingURL=` comment pointing at map_url."""
        return self.code.rstrip("\n") + f"\n//# sourceMappingURL={map_url}\n"
