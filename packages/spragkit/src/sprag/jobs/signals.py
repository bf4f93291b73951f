"""``sprag:queue.job.changed`` signals to the session that owns a job.

A signal is small (``{queue, job_id, state, progress}``): the browser refetches the record
through an action. State changes go out at once; progress is coalesced to at most one signal
per ``interval`` seconds per job, with a trailing signal so the last progress always arrives.
A final state cancels any pending progress signal and is always delivered.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Optional, Tuple

from ..backends.job_store import JobRecord

if TYPE_CHECKING:  # gevent loads with the first coalesced signal, not in `sprag build`
    import gevent

__all__ = ["JOB_CHANGED", "Emit", "JobSignals"]

log = logging.getLogger("sprag.jobs")

#: The socket event every job change is announced with.
JOB_CHANGED = "sprag:queue.job.changed"

#: ``emit(event, payload, session_id)``: deliver one socket event to one session's sockets.
Emit = Callable[[str, Dict[str, Any], str], Any]


class _Pending:
    __slots__ = ("last_sent", "timer", "latest")

    def __init__(self) -> None:
        self.last_sent = 0.0
        self.timer: Optional[gevent.Greenlet] = None
        self.latest: Optional[Dict[str, Any]] = None


class JobSignals:
    """Sends job-change signals through ``emit`` (nothing is sent while it is None)."""

    def __init__(self, emit: Optional[Emit] = None, interval: float = 0.1) -> None:
        if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval < 0:
            raise ValueError(f"JobSignals(interval=...) must be seconds >= 0, got {interval!r}")
        self.emit = emit
        self.interval = float(interval)
        self._jobs: Dict[Tuple[str, str], _Pending] = {}
        self.sent = 0

    @staticmethod
    def payload(job: JobRecord) -> Dict[str, Any]:
        return {"queue": job.queue, "job_id": job.id, "state": job.state, "progress": dict(job.progress)}

    def changed(self, job: JobRecord, *, progress_only: bool = False) -> None:
        """Announce ``job``'s new state; ``progress_only`` changes may be coalesced."""
        if self.emit is None or job.owner is None:
            return
        key = (job.queue, job.id)
        pending = self._jobs.get(key)
        if pending is None:
            pending = self._jobs[key] = _Pending()
        payload = self.payload(job)
        if progress_only:
            wait = pending.last_sent + self.interval - time.monotonic()
            if wait > 0:
                pending.latest = payload
                if pending.timer is None:
                    from gevent import spawn_later

                    pending.timer = spawn_later(wait, self._flush, key, job.owner)
                return
        # a trailing timer that is late (a busy hub) must not send a second signal after this one
        if pending.timer is not None:
            pending.timer.kill(block=False)
        pending.timer = None
        pending.latest = None
        self._send(payload, job.owner, pending)
        if job.final:
            self._jobs.pop(key, None)

    def _flush(self, key: Tuple[str, str], owner: str) -> None:
        pending = self._jobs.get(key)
        from gevent import getcurrent, spawn_later

        if pending is None or pending.latest is None or pending.timer is not getcurrent():
            return
        # the hub's clock lags when the process was busy, so a timer can fire early: re-check
        early = pending.last_sent + self.interval - time.monotonic()
        if early > 0:
            pending.timer = spawn_later(early, self._flush, key, owner)
            return
        pending.timer = None
        payload, pending.latest = pending.latest, None
        self._send(payload, owner, pending)

    def _send(self, payload: Dict[str, Any], owner: str, pending: _Pending) -> None:
        pending.last_sent = time.monotonic()
        emit = self.emit
        if emit is None:
            return
        try:
            emit(JOB_CHANGED, payload, owner)
            self.sent += 1
        except Exception:
            log.exception("sending %s for job %s failed", JOB_CHANGED, payload.get("job_id"))

    def close(self) -> None:
        """Drop pending progress signals (at shutdown)."""
        for pending in self._jobs.values():
            if pending.timer is not None:
                pending.timer.kill(block=False)
        self._jobs.clear()
