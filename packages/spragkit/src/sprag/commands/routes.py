"""``sprag routes``: every route, mount and action, with the fields its schema accepts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import table, verbose_option

from ._common import SurfaceInfo, load_project_app, resolve_project, surfaces_of

__all__ = ["routes", "describe_fields"]


def describe_fields(schema: Optional[Dict[str, Any]]) -> str:
    """``count: int (required), note: str`` from a described schema; ``-`` when there is none."""
    if not schema:
        return "-"
    fields = schema.get("fields", {})
    if not fields:
        return "(no fields)"
    parts = []
    for name, spec in fields.items():
        text = f"{name}: {spec.get('type', '?')}"
        extras = []
        if spec.get("required"):
            extras.append("required")
        if "min" in spec:
            extras.append(f"min {spec['min']}")
        if "max" in spec:
            extras.append(f"max {spec['max']}")
        if "choices" in spec:
            extras.append("one of " + "/".join(str(c) for c in spec["choices"]))
        if "default" in spec:
            extras.append(f"default {spec['default']!r}")
        if extras:
            text += " (" + ", ".join(extras) + ")"
        parts.append(text)
    return ", ".join(parts)


def _rows(surfaces: List[SurfaceInfo]) -> List[List[str]]:
    rows = []
    for surface in surfaces:
        actions = surface.actions or [None]
        for index, act in enumerate(actions):
            first = index == 0
            rows.append([
                surface.path if first else "",
                surface.label if first else "",
                act["name"] if act else "-",
                describe_fields(act.get("schema")) if act else "",
                surface.source if first else "",
            ])
    return rows


def _queues(app: Any) -> List[Dict[str, Any]]:
    jobs = getattr(app, "jobs", None)
    return jobs.describe() if jobs is not None else []


def _as_json(surfaces: List[SurfaceInfo], queues: List[Dict[str, Any]]) -> str:
    return json.dumps(
        [
            {"kind": s.kind, "path": s.path, "mode": s.mode, "name": s.name, "source": s.source,
             "controller": s.controller, "actions": s.actions}
            for s in surfaces
        ] + [
            {"kind": "queue", "name": q["name"], "service": q["service"], "workers": q["workers"],
             "maxsize": q["maxsize"]}
            for q in queues
        ],
        indent=2,
        default=str,
    )


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@project_option
@verbose_option
def routes(as_json: bool, project: Optional[Path], verbose: bool) -> None:
    """List every route, mount and action (with its schema fields)."""
    root = resolve_project(project)
    app = load_project_app(root, mode="dev")
    surfaces = surfaces_of(app, root)
    queues = _queues(app)
    if as_json:
        click.echo(_as_json(surfaces, queues))
        return
    if not surfaces:
        click.echo("No routes or mounts found under app/routes/ or app/mounts/.")
        click.echo("Add one with: sprag add route NAME")
        return
    click.echo(table(["PATH", "KIND", "ACTION", "FIELDS", "SOURCE"], _rows(surfaces)))
    pages = sum(1 for s in surfaces if s.kind != "mount")
    mounts = len(surfaces) - pages
    actions = sum(len(s.actions) for s in surfaces)
    click.echo(f"\n{pages} route(s), {mounts} mount(s), {actions} action(s)")
    if queues:
        click.echo("\n" + table(["QUEUE", "SERVICE", "WORKERS", "MAXSIZE"], [
            [q["name"], q["service"], str(q["workers"]), str(q["maxsize"] or "unbounded")]
            for q in queues]))
        click.echo(f"\n{len(queues)} jobs queue(s)")
