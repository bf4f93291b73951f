"""Discovery of commands that other packages contribute through entry points.

Every ``sprag`` invocation looks up its commands, so this reads the ``entry_points.txt`` of
the installed distributions directly (what :mod:`importlib.metadata` reads too) instead of
importing and running :mod:`importlib.metadata`, which parses every distribution's metadata
and costs tens of milliseconds on each start. Versions (``sprag --version`` and error
messages) still come from :mod:`importlib.metadata`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from importlib import import_module
from typing import Callable, Dict, Iterator, List, Optional, Tuple

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


def _normalized(name: str) -> str:
    return name.replace("-", "_").replace(".", "_").lower()


def _metadata_dirs() -> Iterator[Tuple[str, str]]:
    """(normalised distribution name, metadata folder) of each installed distribution, the
    first on ``sys.path`` winning as with :mod:`importlib.metadata`."""
    seen = set()
    for entry in sys.path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except (OSError, TypeError):  # not a folder (a zip, a missing path)
            continue
        for child in names:
            if not child.endswith((".dist-info", ".egg-info")):
                continue
            key = _normalized(child.rsplit(".", 1)[0].split("-", 1)[0])
            if key in seen:
                continue
            seen.add(key)
            yield key, os.path.join(folder, child)


def _group_points(text: str, group: str) -> List[Tuple[str, str]]:
    """(name, "module:attr") of the entry points of ``group`` in an entry_points.txt."""
    points: List[Tuple[str, str]] = []
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        if current == group and "=" in line:
            name, _, value = line.partition("=")
            points.append((name.strip(), value.split("[", 1)[0].strip()))
    return points


def _distribution_name(folder: str, fallback: str) -> str:
    for filename in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(folder, filename), encoding="utf-8") as handle:
                for line in handle:
                    if not line.strip():
                        break
                    if line.lower().startswith("name:"):
                        return line.split(":", 1)[1].strip()
        except OSError:
            continue
    return fallback


def _loader(value: str) -> Callable[[], object]:
    def load() -> object:
        module_name, _, attrs = value.partition(":")
        target: object = import_module(module_name.strip())
        for attr in filter(None, attrs.strip().split(".")):
            target = getattr(target, attr)
        return target

    return load


def command_entries() -> List[CommandEntry]:
    """Every entry point in the ``sprag.commands`` group, sorted by name."""
    entries: Dict[str, CommandEntry] = {}
    for key, folder in _metadata_dirs():
        try:
            with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as handle:
                text = handle.read()
        except OSError:
            continue
        if COMMAND_GROUP not in text:
            continue
        points = _group_points(text, COMMAND_GROUP)
        dist_name = _distribution_name(folder, key) if points else key
        for name, value in points:
            entries.setdefault(name, CommandEntry(name, dist_name, _loader(value)))
    return [entries[name] for name in sorted(entries)]


def installed_version(distribution: str) -> Optional[str]:
    """The installed version of ``distribution``, or None when it is absent."""
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None
