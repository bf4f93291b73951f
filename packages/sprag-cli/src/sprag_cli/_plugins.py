"""Discovery of commands that other packages contribute through entry points."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata
from typing import Callable, List, Optional

COMMAND_GROUP = "sprag.commands"

#: Distributions that make up SPRAG, in the order `sprag --version` lists them.
SPRAG_DISTRIBUTIONS = (
    "spragkit",
    "sprag-cli",
    "sprag-codegen",
    "ragot-py",
    "specter-runtime",
)


@dataclass(frozen=True)
class CommandEntry:
    """One command contributed by an installed package."""

    name: str
    distribution: str
    load: Callable[[], object]


def command_entries() -> List[CommandEntry]:
    """Every entry point in the ``sprag.commands`` group, sorted by name."""
    if sys.version_info >= (3, 10):
        points = list(metadata.entry_points(group=COMMAND_GROUP))
    else:  # pragma: no cover - Python 3.9 returns a dict of groups
        points = list(metadata.entry_points().get(COMMAND_GROUP, ()))
    entries = {}
    for point in points:
        dist = getattr(point, "dist", None)
        dist_name = dist.metadata["Name"] if dist is not None else "unknown"
        entries.setdefault(point.name, CommandEntry(point.name, dist_name, point.load))
    return [entries[name] for name in sorted(entries)]


def installed_version(distribution: str) -> Optional[str]:
    """The installed version of ``distribution``, or None when it is absent."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None
