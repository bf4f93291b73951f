"""The job store: where job records live between enqueue and expiry.

:class:`JobRecord` is the one typed shape of a job; :class:`JobStore` is the interface a
backend implements; :class:`InMemoryJobStore` is the default (one process). Finished records
expire ``ttl_seconds`` after they finish and at most ``max_finished_per_queue`` of them are
kept per queue (the oldest go first); queued and running records are never evicted.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Protocol, Tuple, TypedDict

__all__ = [
    "JOB_STATES",
    "FINAL_STATES",
    "JobProgress",
    "JobRecord",
    "JobStore",
    "InMemoryJobStore",
]

#: Every state a job can be in, in lifecycle order.
JOB_STATES = ("queued", "running", "cancelling", "completed", "failed", "cancelled")
#: States a job never leaves.
FINAL_STATES = frozenset({"completed", "failed", "cancelled"})


class JobProgress(TypedDict):
    """How far a job is; ``percent`` is None until the handler reports a ``total``."""

    current: Optional[float]
    total: Optional[float]
    percent: Optional[float]
    message: Optional[str]


def no_progress() -> JobProgress:
    return {"current": None, "total": None, "percent": None, "message": None}


@dataclass
class JobRecord:
    """One job. ``owner`` (the session that enqueued it) never leaves the server."""

    id: str
    queue: str
    label: Optional[str] = None
    state: str = "queued"
    progress: JobProgress = field(default_factory=no_progress)
    result: Any = None
    error: Optional[str] = None
    created: float = 0.0
    started: Optional[float] = None
    finished: Optional[float] = None
    meta: Dict[str, Any] = field(default_factory=dict)
    owner: Optional[str] = None

    @property
    def final(self) -> bool:
        """True once the job is completed, failed or cancelled."""
        return self.state in FINAL_STATES

    def to_dict(self) -> Dict[str, Any]:
        """The public record (what actions return and the browser sees): no ``owner``."""
        return {
            "id": self.id,
            "queue": self.queue,
            "label": self.label,
            "state": self.state,
            "progress": dict(self.progress),
            "result": self.result,
            "error": self.error,
            "created": self.created,
            "started": self.started,
            "finished": self.finished,
            "meta": self.meta,
        }

    def copy(self) -> JobRecord:
        """An independent copy (progress and meta copied; result is shared, treat it as read-only)."""
        return JobRecord(self.id, self.queue, self.label, self.state, dict(self.progress),  # type: ignore[arg-type]
                         self.result, self.error, self.created, self.started, self.finished,
                         _json_copy(self.meta) if self.meta else {}, self.owner)


def _json_copy(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists, scalars), much cheaper than copy.deepcopy."""
    if isinstance(value, dict):
        return {k: _json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_copy(v) for v in value]
    return value


class JobStore(Protocol):
    """What a job store backend provides. Records go in and come out as copies."""

    def add(self, job: JobRecord) -> bool:
        """Store a new record; False when the queue already has a job with that id."""

    def get(self, queue: str, job_id: str) -> Optional[JobRecord]:
        """The record, or None (never stored, or expired)."""

    def update(self, queue: str, job_id: str, changes: Mapping[str, Any]) -> Optional[JobRecord]:
        """Apply ``changes`` (field -> value) and return the new record (None if absent)."""

    def remove(self, queue: str, job_id: str) -> None:
        """Forget a record (used when the queue refused the job after it was stored)."""

    def active(self, queue: str) -> List[JobRecord]:
        """Records of ``queue`` not yet in a final state, oldest first."""


class InMemoryJobStore:
    """Job records in a dict per queue (the embedded, one-process default)."""

    def __init__(self, ttl_seconds: float = 3600.0, max_finished_per_queue: int = 1000) -> None:
        if isinstance(ttl_seconds, bool) or not isinstance(ttl_seconds, (int, float)) or ttl_seconds <= 0:
            raise ValueError(f"InMemoryJobStore(ttl_seconds=...) must be a number > 0, got {ttl_seconds!r}")
        if isinstance(max_finished_per_queue, bool) or not isinstance(max_finished_per_queue, int) \
                or max_finished_per_queue < 1:
            raise ValueError("InMemoryJobStore(max_finished_per_queue=...) must be an int >= 1, "
                             f"got {max_finished_per_queue!r}")
        self.ttl_seconds = float(ttl_seconds)
        self.max_finished_per_queue = max_finished_per_queue
        self._jobs: Dict[str, Dict[str, JobRecord]] = {}
        # finished ids per queue in finish order: the oldest are expired/evicted first
        self._finished: Dict[str, OrderedDict[str, float]] = {}
        self._lock = threading.RLock()

    def add(self, job: JobRecord) -> bool:
        with self._lock:
            self._expire(job.queue, time.time())
            jobs = self._jobs.setdefault(job.queue, {})
            if job.id in jobs:
                return False
            jobs[job.id] = job.copy()
            if job.final:
                self._mark_finished(job.queue, job.id, job.finished or time.time())
            return True

    def get(self, queue: str, job_id: str) -> Optional[JobRecord]:
        with self._lock:
            self._expire(queue, time.time())
            job = self._jobs.get(queue, {}).get(job_id)
            return job.copy() if job is not None else None

    def update(self, queue: str, job_id: str, changes: Mapping[str, Any]) -> Optional[JobRecord]:
        with self._lock:
            job = self._jobs.get(queue, {}).get(job_id)
            if job is None:
                return None
            was_final = job.final
            for name, value in changes.items():
                setattr(job, name, value)
            if job.final and not was_final:
                self._mark_finished(queue, job_id, job.finished or time.time())
            return job.copy()

    def remove(self, queue: str, job_id: str) -> None:
        with self._lock:
            self._jobs.get(queue, {}).pop(job_id, None)
            self._finished.get(queue, OrderedDict()).pop(job_id, None)

    def active(self, queue: str) -> List[JobRecord]:
        with self._lock:
            live = [job for job in self._jobs.get(queue, {}).values() if not job.final]
            return [job.copy() for job in sorted(live, key=lambda j: j.created)]

    def counts(self) -> Dict[str, Tuple[int, int]]:
        """``{queue: (records, finished records)}`` (for health and tests)."""
        with self._lock:
            return {q: (len(jobs), len(self._finished.get(q, ()))) for q, jobs in self._jobs.items()}

    def _mark_finished(self, queue: str, job_id: str, when: float) -> None:
        finished = self._finished.setdefault(queue, OrderedDict())
        finished[job_id] = when
        jobs = self._jobs[queue]
        while len(finished) > self.max_finished_per_queue:
            oldest, _ = finished.popitem(last=False)
            jobs.pop(oldest, None)

    def _expire(self, queue: str, now: float) -> None:
        finished = self._finished.get(queue)
        if not finished:
            return
        jobs = self._jobs[queue]
        limit = now - self.ttl_seconds
        while finished:
            job_id, when = next(iter(finished.items()))
            if when > limit:
                break
            finished.popitem(last=False)
            jobs.pop(job_id, None)
