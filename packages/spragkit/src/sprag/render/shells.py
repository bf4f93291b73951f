"""The default shell: ``app/shell.html`` and ``app/shell.css`` when they exist."""

from __future__ import annotations

from pathlib import Path

from ..surfaces import Shell, shell

__all__ = ["default_shell"]


def default_shell(project_dir: Path) -> Shell:
    """``shell(template="app/shell.html", css=["app/shell.css"])`` using the files that exist."""
    template = "app/shell.html" if (project_dir / "app/shell.html").is_file() else None
    css = ["app/shell.css"] if (project_dir / "app/shell.css").is_file() else []
    return shell(template=template, css=css)
