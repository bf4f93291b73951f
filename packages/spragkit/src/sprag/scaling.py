"""Several worker processes: what an app needs shared before ``--workers N`` (N > 1) is safe.

Without shared backends (``SPRAG_REDIS_URL``) each process keeps its own sessions, sockets,
broadcasts, live stores and jobs. :func:`scale_blockers` names what this app uses that would
break; :func:`check_workers` refuses to start with that list and the fix. A document-only
app (or one whose actions keep no server state) may run any number of workers.
"""

from __future__ import annotations

from typing import Any, List

__all__ = ["scale_blockers", "check_workers", "WorkersNeedSharedState"]


class WorkersNeedSharedState(RuntimeError):
    """``--workers N`` for an app whose state lives in each process's memory."""

    hint = ("set SPRAG_REDIS_URL=redis://host:6379/0 (pip install 'spragkit[redis]') to share it "
            "through Redis, or run one worker")


def scale_blockers(app: Any) -> List[str]:
    """What breaks when ``app`` runs as several processes without shared state (empty: nothing)."""
    backends = app.backends
    if backends.shared:
        return []
    from .backends import InMemoryJobStore, InMemorySessionStore
    from .http.auth import AnonymousAuthService
    from .stores import registered_stores

    found: List[str] = []
    if not isinstance(app.auth_service, AnonymousAuthService) and isinstance(backends.sessions, InMemorySessionStore):
        found.append("sign-in: sessions live in each process's memory, so a visitor signed in on one "
                     "worker is anonymous on the next request another worker takes")
    queues = app.jobs.names()
    if queues and isinstance(app.jobs.store, InMemoryJobStore):
        found.append(f"jobs ({', '.join(queues)}): each worker keeps its own queue and job records, so a "
                     "job enqueued on one cannot be read, cancelled or followed from another")
    if getattr(app, "socket_transport", "none") == "websocket" and backends.socket_queue.url is None:
        found.append("sockets: emit_socket reaches only the sockets connected to the worker that emits")
    live = sorted(name for name, s in registered_stores().items() if getattr(s, "live", False))
    realtime = getattr(app, "realtime", None)
    if live or (realtime is not None and getattr(realtime, "resources", None)):
        what = f"live stores ({', '.join(live)})" if live else "realtime resources"
        found.append(f"{what}: a change reaches only the pages streaming from the worker that made it")
    return found


def check_workers(app: Any, workers: int) -> None:
    """Raise :class:`WorkersNeedSharedState` when ``workers`` > 1 would break ``app``."""
    if workers <= 1:
        return
    blockers = scale_blockers(app)
    if not blockers:
        return
    lines = "\n".join(f"  - {b}" for b in blockers)
    raise WorkersNeedSharedState(
        f"--workers {workers} needs shared state for this app, and it has none (SPRAG_REDIS_URL is "
        f"not set). With {workers} separate processes:\n{lines}\nFix: {WorkersNeedSharedState.hint}."
    )
