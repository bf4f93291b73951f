"""Finding the SPRAG project a command acts on (``--project/-C DIR`` or the current folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

import click

from .terminal import SpragError

__all__ = ["project_option", "find_project", "is_project"]

F = TypeVar("F", bound=Callable[..., Any])


def project_option(func: F) -> F:
    """Add ``-C/--project DIR``: the project folder (default: the current directory)."""
    return click.option(
        "-C",
        "--project",
        "project",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="The project folder (default: the current directory or the nearest parent "
        "holding app/routes/).",
    )(func)


def is_project(folder: Path) -> bool:
    """True when ``folder`` has the SPRAG project shape (an ``app/routes/`` folder)."""
    return (folder / "app" / "routes").is_dir()


def find_project(start: Optional[Path] = None) -> Path:
    """The project folder at or above ``start``, or a SpragError saying how to get one."""
    origin = Path(start) if start is not None else Path.cwd()
    if start is not None and not origin.exists():
        raise SpragError(
            f"project folder '{origin}' does not exist",
            hint="check the --project path, or create a project with: sprag new NAME",
        )
    origin = origin.resolve()
    for folder in (origin, *origin.parents):
        if is_project(folder):
            return folder
        if start is not None:
            break  # an explicit --project must itself be the project
    raise SpragError(
        f"not inside a SPRAG project: no app/routes/ folder in '{origin}'"
        + ("" if start is not None else " or its parents"),
        hint="run the command in a project folder, pass --project DIR, or create a project "
        "with: sprag new NAME",
    )
