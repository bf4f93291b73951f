"""The process ``sprag dev`` runs and restarts: load the app in dev mode and serve it.

Run by ``sprag dev`` as ``python -c BOOT PROJECT HOST PORT BOOT_ID PARENT_PID`` where BOOT
patches gevent before anything else is imported, then calls :func:`main`. When the
app fails to load, the error is printed here and served as the page (with the reload client),
so the browser recovers by itself once the code is fixed.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from pathlib import Path

from ._devtools import DevMiddleware, serve_error

_DEV_SHUTDOWN_TIMEOUT = 1.5


def _exit_with_parent(parent_pid: int) -> None:
    """Stop when ``sprag dev`` is gone, so no orphan keeps the port."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent_pid:
                os._exit(0)

    threading.Thread(target=watch, name="sprag-dev-parent-watch", daemon=True).start()


def _say(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _compile_browser_code(app: object) -> list:
    """Compile every surface now; print each build error once. The failed paths."""
    try:
        errors = list(app.browser.built().errors.values())  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - shown, the pages show it too
        _say(f"error: the browser code failed to build: {type(exc).__name__}: {exc}")
        return ["every interactive page"]
    shown = set()
    for err in errors:
        if str(err) not in shown:
            shown.add(str(err))
            _say(str(err))
    app.pages.mark_reported(e.path for e in errors)  # type: ignore[attr-defined]
    return [e.path for e in errors]


def run(project: Path, host: str, port: int, boot_id: str) -> None:
    """Load and serve; on a load error, serve the error page instead."""
    started = time.perf_counter()
    try:
        from sprag.project import load_app

        app = load_app(project, mode="dev")
        middleware = DevMiddleware(app.flask.wsgi_app, boot_id)
        app.flask.wsgi_app = middleware
        app.add_drain_hook(middleware.close_streams)  # the reload stream reconnects to the next server
    except Exception as exc:  # show it in the terminal and in the page
        traceback.print_exc()
        _say(f"error: the app failed to load: {type(exc).__name__}: {exc}")
        _say("  hint: fix the code and save; the server restarts by itself")
        serve_error(exc, host, port, boot_id)
        return
    failed = _compile_browser_code(app)
    elapsed = (time.perf_counter() - started) * 1000
    if failed:
        _say(f"ready in {elapsed:.0f} ms, but {len(failed)} page(s) show their build error: "
             + ", ".join(failed))
    else:
        _say(f"ready in {elapsed:.0f} ms")
    # a restart should not wait long for requests in flight
    app.serve(host, port, shutdown_timeout=_DEV_SHUTDOWN_TIMEOUT)


def main(argv: list) -> None:
    project, host, port, boot_id, parent = argv
    _exit_with_parent(int(parent))
    try:
        run(Path(project), host, int(port), boot_id)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
