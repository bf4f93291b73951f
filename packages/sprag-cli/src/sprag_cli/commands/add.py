"""``sprag add route|mount NAME``: scaffold one surface inside an existing project."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from ..names import RouteName, parse_route_name
from ..project import find_project, project_option
from ..scaffold import render_template, write_files
from ..terminal import SpragError, info, success

__all__ = ["add"]


@click.group()
def add() -> None:
    """Scaffold a route, a mount or a Markdown collection inside the current project."""


def _context(name: RouteName, mode: str) -> dict:
    return {
        "route": name,
        "url_path": name.url_path,
        "class_prefix": name.class_prefix,
        "variable": name.variable,
        "title": name.title,
        "params": name.params,
        "catch_all": name.catch_all,
        "mode": mode,
        "folder": name.folder,
    }


def _scaffold(project: Path, base: str, name: RouteName, template: str, mode: str) -> list:
    folder = project / "app" / base / name.folder
    files = render_template(template, _context(name, mode))
    clashes = [f.path for f in files if (folder / f.path).exists()]
    if clashes:
        kind = "route" if base == "routes" else "mount"
        raise SpragError(
            f"the {kind} '{name.raw}' already exists: app/{base}/{name.folder}/ holds "
            + ", ".join(sorted(clashes)),
            hint=f"pick another name, or delete app/{base}/{name.folder}/ first",
        )
    write_files(folder, files)
    return files


@add.command("route")
@click.argument("name", metavar="NAME")
@click.option(
    "--mode",
    type=click.Choice(["document", "hybrid"]),
    default="document",
    show_default=True,
    help="document: server HTML with no JavaScript; hybrid: server HTML that hydrates.",
)
@project_option
def add_route(name: str, mode: str, project: Optional[Path]) -> None:
    """Add a route at app/routes/NAME (e.g. dashboard, blog/[slug], docs/[...path])."""
    route = parse_route_name(name, kind="route")
    root = find_project(project)
    files = _scaffold(root, "routes", route, f"_route_{mode}", mode)
    success(f"Added {mode} route {route.url_path} in app/routes/{route.folder}/ "
            f"({len(files)} files).")
    info("Run `sprag dev` and open it in the browser; `sprag routes` lists it.")


@add.command("mount")
@click.argument("name", metavar="NAME")
@project_option
def add_mount(name: str, project: Optional[Path]) -> None:
    """Add a browser-owned mount at app/mounts/NAME (e.g. admin-panel)."""
    mount = parse_route_name(name, kind="mount", allow_params=False)
    root = find_project(project)
    files = _scaffold(root, "mounts", mount, "_mount", "mount")
    success(f"Added mount {mount.url_path} in app/mounts/{mount.folder}/ ({len(files)} files).")
    info("Run `sprag dev` and open it in the browser; `sprag routes` lists it.")


@add.command("content")
@click.argument("name", metavar="NAME")
@project_option
def add_content(name: str, project: Optional[Path]) -> None:
    """Add a Markdown collection: app/content/NAME/ and the routes /NAME and /NAME/<path>."""
    collection = parse_route_name(name, kind="collection", allow_params=False)
    root = find_project(project)
    app = root / "app"
    files = render_template("_content", _context(collection, "document"))
    clashes = [f.path for f in files if (app / f.path).exists()]
    if clashes:
        raise SpragError(
            f"the collection '{collection.raw}' clashes with existing files: "
            + ", ".join(f"app/{path}" for path in sorted(clashes)),
            hint=f"pick another name, or delete app/content/{collection.folder}/ and "
            f"app/routes/{collection.folder}/ first",
        )
    write_files(app, files)
    success(f"Added the collection app/content/{collection.folder}/ and its pages at "
            f"{collection.url_path} and {collection.url_path}/<path> ({len(files)} files).")
    info("Add Markdown files there; `sprag dev` serves them and `sprag build static` exports "
         "every one.")
