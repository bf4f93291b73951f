"""``sprag serve``: the production server, from the project folder."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import SpragError, info, success, verbose_option

from ._common import check_port_free, load_project_app, patch_gevent, resolve_project

__all__ = ["serve"]


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--workers", "-w", type=click.IntRange(1, 512), default=None,
              help="Worker processes (default: one gevent process).")
@click.option("--shutdown-timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds to let requests in flight finish on SIGTERM/SIGINT "
                   "[default: 10, or SPRAG_SHUTDOWN_TIMEOUT].")
@click.option("--header-timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds a client has to send its request headers "
                   "[default: 10, or SPRAG_HEADER_TIMEOUT].")
@click.option("--access-log", "access_log", type=click.Path(dir_okay=False, writable=True),
              default=None, help="Append one line per request to this file instead of stdout.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log requests.")
@project_option
@verbose_option
def serve(host: str, port: int, workers: Optional[int], shutdown_timeout: Optional[float],
          header_timeout: Optional[float], access_log: Optional[str], quiet: bool,
          project: Optional[Path], verbose: bool) -> None:
    """Run the app in production mode: no watcher, no dev code, hashed assets.

    SIGTERM or Ctrl+C stops accepting connections, lets requests in flight finish, stops the
    app's services and exits 0; a second signal exits at once.
    """
    root = resolve_project(project)
    check_port_free(host, port)
    patch_gevent()  # before the app (and whatever it imports) is loaded
    app = load_project_app(root, mode="production")
    from ..http.csrf import SecretKeyMissing

    try:
        app.check_production()
    except SecretKeyMissing as exc:
        raise SpragError(exc.message, hint=exc.hint + "; for a local run, put it in .env.local") from None
    shown = f"[{host}]" if ":" in host else host
    redis = getattr(getattr(app, "backends", None), "redis", None)
    success(f"SPRAG production server on http://{shown}:{port}  (project: {root})")
    if redis is not None:
        info(f"shared state in Redis at {redis!r}")
    info("Press Ctrl+C to stop.")
    log = access_log if access_log else (None if quiet else "-")
    from ..scaling import WorkersNeedSharedState, check_workers

    try:
        check_workers(app, workers or 1)
    except WorkersNeedSharedState as exc:
        raise SpragError(str(exc), hint=WorkersNeedSharedState.hint) from None
    try:
        app.serve(host, port, workers=workers, shutdown_timeout=shutdown_timeout,
                  header_timeout=header_timeout, access_log=log)
    except KeyboardInterrupt:
        info("stopping")
