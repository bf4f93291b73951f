"""Render a template folder into files, then write them all or nothing.

Template folders live under ``sprag_cli/templates/<name>/``. A file ending in ``.jinja`` is
rendered with Jinja2 (strict: an unknown variable is an error) and loses the suffix; any other
file is copied byte for byte. A leading ``dot-`` in a file name becomes ``.`` (so packaging
tools never skip or act on the template's own dotfiles), and ``{{ var }}`` in a path segment
is rendered too. Template Python files are stored as ``*.py.jinja`` so linters, test
collectors and the layer check never mistake them for sprag-cli's own code.

Folders whose name starts with ``_`` (``_route_hybrid``, ``_mount``) are fragments for
``sprag add``; the others are project templates for ``sprag new``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterable, List, Mapping

from .terminal import SpragError

if TYPE_CHECKING:  # Jinja2 loads when a template is rendered, not on every `sprag` start
    import jinja2

__all__ = [
    "TEMPLATES_DIR",
    "PROJECT_TEMPLATES",
    "IGNORABLE_ENTRIES",
    "RenderedFile",
    "render_template",
    "write_files",
    "check_target",
]

TEMPLATES_DIR = Path(__file__).parent / "templates"

#: Templates `sprag new` can scaffold, with a one-line description for --help.
PROJECT_TEMPLATES: Dict[str, str] = {
    "default": "home page, the hybrid counter, an about page, a shell and a store",
    "bare": "the minimal runnable skeleton: one document page",
    "docs": "a static docs + blog site from Markdown: sidebar, TOC, tags, RSS, sitemap, search",
    "labs": "every primitive in one app, a small route each: actions, forms, stores, scrolling, "
    "animation, uploads, auth, jobs, realtime, interop, mounts",
}

#: Entries that may sit in a target folder without making it "not empty".
IGNORABLE_ENTRIES = frozenset(
    {
        ".git", ".gitignore", ".gitattributes", ".hg", ".svn", ".venv", "venv", ".env",
        ".idea", ".vscode", ".DS_Store", "Thumbs.db", ".python-version", ".tool-versions",
        "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".direnv", ".envrc",
        ".editorconfig",
    }
)

_JINJA_SUFFIX = ".jinja"


@dataclass(frozen=True)
class RenderedFile:
    """One file of a rendered template: its path relative to the target and its bytes."""

    path: str
    content: bytes


def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )


def _target_name(rel: str, env: jinja2.Environment, context: Mapping[str, object]) -> str:
    parts = []
    for part in rel.split("/"):
        if "{{" in part:
            part = env.from_string(part).render(**context)
        if part.startswith("dot-"):
            part = "." + part[len("dot-"):]
        if part.endswith(_JINJA_SUFFIX):
            part = part[: -len(_JINJA_SUFFIX)]
        parts.append(part)
    return "/".join(parts)


def render_template(name: str, context: Mapping[str, object]) -> List[RenderedFile]:
    """Render every file of template ``name`` in memory (nothing touches the disk yet)."""
    root = TEMPLATES_DIR / name
    if not root.is_dir():
        raise SpragError(
            f"unknown template '{name}'",
            hint="available templates: " + ", ".join(sorted(PROJECT_TEMPLATES)),
        )
    import jinja2

    env = _environment()
    rendered = []
    for source in sorted(root.rglob("*")):
        if not source.is_file() or "__pycache__" in source.parts:
            continue
        rel = source.relative_to(root).as_posix()
        target = _target_name(rel, env, context)
        if source.name.endswith(_JINJA_SUFFIX):
            text = source.read_text(encoding="utf-8")
            try:
                body = env.from_string(text).render(**context)
            except jinja2.TemplateError as exc:  # a broken template is a packaging bug
                raise SpragError(
                    f"template file {name}/{rel} failed to render: {exc}",
                    hint="reinstall sprag-cli; if it persists, report it",
                ) from exc
            content = body.encode("utf-8")
        else:
            content = source.read_bytes()
        rendered.append(RenderedFile(target, content))
    return rendered


def check_target(target: Path, *, force: bool) -> None:
    """Refuse a target that is a file, or a folder holding anything but editor/VCS/venv files."""
    if target.exists() and not target.is_dir():
        raise SpragError(
            f"'{target}' exists and is not a folder",
            hint="choose another name for the project",
        )
    if not target.is_dir() or force:
        return
    blocking = sorted(e.name for e in target.iterdir() if e.name not in IGNORABLE_ENTRIES)
    if blocking:
        shown = ", ".join(blocking[:5]) + (" ..." if len(blocking) > 5 else "")
        raise SpragError(
            f"'{target}' is not empty (it holds {shown})",
            hint="choose another name, empty the folder, or pass --force to overwrite the "
            "template's files and keep everything else",
        )


def write_files(target: Path, files: Iterable[RenderedFile]) -> List[Path]:
    """Write rendered files under ``target``; existing files with the same path are replaced.

    Each file is written to a temporary name and renamed into place, so an interrupted run
    never leaves a half-written file behind.
    """
    written = []
    for item in files:
        path = target / item.path
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".sprag-tmp")
        temporary.write_bytes(item.content)
        os.replace(temporary, path)
        written.append(path)
    return written
