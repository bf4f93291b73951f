"""``sprag serve``: the production server, from the project folder."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Optional

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import SpragError, info, success, verbose_option

from ._common import check_port_free, load_project_app, resolve_project

__all__ = ["serve"]


def _accepts_workers(serve_fn: object) -> bool:
    try:
        return "workers" in inspect.signature(serve_fn).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--workers", "-w", type=click.IntRange(1, 512), default=None,
              help="Worker processes (default: one gevent process).")
@project_option
@verbose_option
def serve(host: str, port: int, workers: Optional[int], project: Optional[Path],
          verbose: bool) -> None:
    """Run the app in production mode: no watcher, no dev code, hashed assets."""
    root = resolve_project(project)
    check_port_free(host, port)
    app = load_project_app(root, mode="production")
    if workers is not None and workers > 1 and not _accepts_workers(app.serve):
        raise SpragError(
            "this spragkit's App.serve cannot run several workers",
            hint="upgrade spragkit, or run without --workers",
        )
    shown = f"[{host}]" if ":" in host else host
    success(f"SPRAG production server on http://{shown}:{port}  (project: {root})")
    info("Press Ctrl+C to stop.")
    try:
        if workers is not None:
            app.serve(host, port, workers=workers)
        else:
            app.serve(host, port)
    except KeyboardInterrupt:
        info("stopping")
