"""``sprag dev``: serve the app, restart it when a file changes, reload the browser."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import List, Optional

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import info, success, verbose_option

from ._common import check_port_free, resolve_project
from ._watch import Change, ProjectWatcher

__all__ = ["dev"]


#: The child's first statement patches gevent, before anything else is imported.
_CHILD_BOOT = (
    "from gevent import monkey; monkey.patch_all()\n"
    "import sys\n"
    "from sprag.commands._dev_child import main\n"
    "main(sys.argv[1:])\n"
)


class DevServer:
    """Runs the app in a child process and replaces it on every change.

    A fresh process per change gives clean module state and a clean teardown of everything
    the app started; the compile cache (keyed by source hash) makes the restart recompile
    only the files that changed.
    """

    def __init__(self, project: Path, host: str, port: int, quiet: bool = False) -> None:
        self.project = project
        self.host = host
        self.port = port
        self.quiet = quiet
        self.child: Optional[subprocess.Popen] = None
        self.restarts = 0

    def start(self) -> None:
        boot_id = uuid.uuid4().hex[:12]
        args = [
            sys.executable, "-c", _CHILD_BOOT,
            str(self.project), self.host, str(self.port), boot_id, str(os.getpid()),
        ]
        env = dict(os.environ, PYTHONUNBUFFERED="1", SPRAG_DEV="1")
        if self.quiet:
            env["SPRAG_ACCESS_LOG"] = "off"
        self.child = subprocess.Popen(args, cwd=str(self.project), env=env)

    def stop(self, timeout: float = 2.0) -> None:
        child, self.child = self.child, None
        if child is None or child.poll() is not None:
            return
        child.terminate()
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()

    def restart(self) -> None:
        self.stop()
        self._wait_port_released()
        self.restarts += 1
        self.start()

    def _wait_port_released(self, timeout: float = 3.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                check_port_free(self.host, self.port)
                return
            except click.ClickException:
                time.sleep(0.02)

    def exited(self) -> Optional[int]:
        """The child's exit code once it has stopped by itself, else None."""
        if self.child is None:
            return None
        return self.child.poll()


def _describe(changes: List[Change], project: Path) -> str:
    names = []
    for change in changes[:3]:
        try:
            rel = Path(change.path).relative_to(project).as_posix()
        except ValueError:
            rel = change.path
        names.append(rel if change.kind == "modified" else f"{rel} ({change.kind})")
    more = f" and {len(changes) - 3} more" if len(changes) > 3 else ""
    return ", ".join(names) + more


def _raise_keyboard_interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log requests.")
@project_option
@verbose_option
def dev(host: str, port: int, quiet: bool, project: Optional[Path], verbose: bool) -> None:
    """Serve the app for development: restart on changes and reload the browser."""
    root = resolve_project(project)
    check_port_free(host, port)
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    server = DevServer(root, host, port, quiet=quiet)
    watcher = ProjectWatcher(root)
    shown = f"[{host}]" if ":" in host else host
    success(f"SPRAG dev server on http://{shown}:{port}  (project: {root})")
    info("Watching for changes. Press Ctrl+C to stop.")
    server.start()
    reported_exit = False
    try:
        while True:
            changes = watcher.wait(timeout=0.5)
            if changes:
                info(f"changed: {_describe(changes, root)} -> restarting")
                server.restart()
                reported_exit = False
                continue
            code = server.exited()
            if code is not None and not reported_exit:
                info(f"the server stopped (exit code {code}); save a file to start it again")
                reported_exit = True
    except KeyboardInterrupt:
        info("stopping")
    finally:
        server.stop()
