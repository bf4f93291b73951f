"""``sprag new NAME``: scaffold a project from a template."""

from __future__ import annotations

import os
import secrets
import shlex
from pathlib import Path

import click

from .._plugins import command_entries
from ..names import project_title
from ..scaffold import PROJECT_TEMPLATES, check_target, render_template, write_files
from ..terminal import SpragError, info, success

__all__ = ["new"]


def _write_local_secret(project: Path) -> None:
    """A random SECRET_KEY in ``.env.local`` (owner-only; git-ignored, never copied into a
    build), so `sprag serve` runs locally; a deployment sets its own SECRET_KEY."""
    path = project / ".env.local"
    if path.exists():
        return
    fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("# Local settings: not committed (.gitignore), not copied by `sprag build`.\n"
                  f"SECRET_KEY={secrets.token_urlsafe(32)}\n")


def _template_help() -> str:
    return "; ".join(f"{name}: {text}" for name, text in PROJECT_TEMPLATES.items())


@click.command()
@click.argument("name", metavar="NAME")
@click.option(
    "-t",
    "--template",
    type=click.Choice(sorted(PROJECT_TEMPLATES)),
    default="default",
    show_default=True,
    help=_template_help(),
)
@click.option(
    "--force",
    is_flag=True,
    help="Scaffold into a non-empty folder: overwrite the template's files, keep the rest.",
)
def new(name: str, template: str, force: bool) -> None:
    """Create a SPRAG project in folder NAME (`.` for the current folder)."""
    target = Path(name)
    resolved = target.resolve()
    if not resolved.name:
        raise SpragError(f"cannot scaffold into '{name}'", hint="pass a folder name, e.g. myapp")
    check_target(resolved, force=force)
    title = project_title(resolved.name)
    files = render_template(template, {"project_name": resolved.name, "project_title": title})
    existing = [f.path for f in files if (resolved / f.path).exists()]
    write_files(resolved, files)
    _write_local_secret(resolved)

    where = "the current folder" if resolved == Path.cwd().resolve() else str(target)
    success(f"Created {title} in {where} from the '{template}' template ({len(files)} files).")
    if existing:
        info(f"Overwrote {len(existing)} existing file(s): " + ", ".join(existing[:5])
             + (" ..." if len(existing) > 5 else ""))
    has_framework = any(e.name == "dev" for e in command_entries())
    info("\nNext:")
    if resolved != Path.cwd().resolve():
        info(f"  cd {shlex.quote(str(target))}")
    if not has_framework:
        info("  pip install -r requirements.txt")
    info("  sprag dev")
