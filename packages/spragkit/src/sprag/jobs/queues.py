"""``JobQueues``: the job contract over specter's ``QueueService``.

Every ``QueueService`` an app provides (``App(providers={"build_queue": BuildQueue()})``) is a
jobs queue under its provider key. ``enqueue`` stores a ``queued`` record and hands the payload
to the service keyed by the job id; the service's item events (``QueueService.observe``) move
the record through ``running``/``cancelling`` to ``completed``/``failed``/``cancelled`` and
each change is signalled to the owning session (:mod:`sprag.jobs.signals`).
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import time
from typing import Any, Dict, List, Mapping, Optional, TypedDict

from specter import ItemEvent, QueueService

from ..backends.job_store import InMemoryJobStore, JobRecord, JobStore
from .signals import Emit, JobSignals
from .streams import StreamDispatch

__all__ = ["JobQueues", "EnqueueResult", "SERVER_STOPPED"]

log = logging.getLogger("sprag.jobs")

#: The ``error`` of jobs that were still queued (or interrupted) when the server stopped.
SERVER_STOPPED = "server stopped"
#: The ``error`` of a failed job outside dev (the traceback goes to the server log only).
GENERIC_FAILURE = "The job failed on the server"

_JOB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
_LABEL_MAX = 200


class EnqueueResult(TypedDict):
    """What ``Controller.enqueue`` returns, whatever happened."""

    accepted: bool
    job: Optional[Dict[str, Any]]
    queue: str
    message: str


def _refused(queue: str, message: str) -> EnqueueResult:
    return {"accepted": False, "job": None, "queue": queue, "message": message}


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


class _SignalsLifecycle:
    """Drops pending progress signals when the App stops (a feature service)."""

    name = "sprag.jobs.signals"

    def __init__(self, signals: JobSignals) -> None:
        self.signals = signals

    def start(self) -> None:
        pass

    def stop(self) -> None:
        self.signals.close()


class JobQueues:
    """The app's jobs queues, their records and their signals: the ``jobs`` feature.

    ``App`` builds it from its providers (:meth:`from_providers`) and installs it; controllers
    reach it through ``flask.extensions["sprag.jobs"]``.
    """

    name = "jobs"

    def __init__(
        self,
        store: Optional[JobStore] = None,
        *,
        dev: bool = False,
        emit: Optional[Emit] = None,
        progress_interval: float = 0.1,
    ) -> None:
        self.store: JobStore = store if store is not None else InMemoryJobStore()
        self._store_given = store is not None
        self.dev = dev
        self.signals = JobSignals(emit, progress_interval)
        self._queues: Dict[str, QueueService] = {}
        #: Redis Streams dispatch when the app's backends are on Redis (else jobs stay in process).
        self.dispatch: Optional[StreamDispatch] = None

    @classmethod
    def from_providers(cls, providers: Mapping[str, Any], **options: Any) -> JobQueues:
        """A JobQueues with every ``QueueService`` of ``providers`` as a queue under its key."""
        jobs = cls(**options)
        for key, provided in providers.items():
            if isinstance(provided, QueueService):
                jobs.add_queue(key, provided)
        return jobs

    def install(self, host: Any) -> None:
        """Feature hook (``App.install``): the job store of the app's backends (unless one was
        given), dev/production error texts, and the lookup controllers use."""
        if not self._store_given:
            self.store = host.backends.jobs
        self.dev = host.config.dev
        host.add_extension("sprag.jobs", self)
        host.add_service(_SignalsLifecycle(self.signals))
        link = getattr(host.backends, "redis", None)
        if link is not None and self._queues:
            self.dispatch = StreamDispatch(link, self, host.backends.fanout)
            host.add_service(self.dispatch)

    # -- queues ---------------------------------------------------------------------------

    def add_queue(self, name: str, service: QueueService) -> None:
        """Make ``service`` the jobs queue called ``name`` (its provider key)."""
        if not isinstance(service, QueueService):
            raise TypeError(f"jobs queue {name!r} must be a specter QueueService, got {type(service).__name__}")
        if name in self._queues:
            raise ValueError(f"a jobs queue named {name!r} already exists")
        self._queues[name] = service
        service.observe(lambda event: self._on_item(name, event))

    def names(self) -> List[str]:
        return sorted(self._queues)

    def queue(self, name: str) -> Optional[QueueService]:
        return self._queues.get(name)

    def set_emitter(self, emit: Optional[Emit]) -> None:
        """Where signals go: ``emit(event, payload, session_id)`` (realtime installs one)."""
        self.signals.emit = emit

    def describe(self) -> List[Dict[str, Any]]:
        """One line per queue (what ``sprag routes`` prints)."""
        return [
            {"name": name, "service": type(svc).__name__, "workers": svc.worker_count,
             "maxsize": svc.maxsize, "running": svc.running}
            for name, svc in sorted(self._queues.items())
        ]

    # -- the contract ---------------------------------------------------------------------

    def enqueue(
        self,
        queue: str,
        payload: Any,
        *,
        owner: Optional[str],
        job_id: Optional[str] = None,
        label: Optional[str] = None,
        meta: Optional[Mapping[str, Any]] = None,
    ) -> EnqueueResult:
        """Queue a job; never raises for bad input, a full or a stopped queue."""
        if not isinstance(queue, str):
            return _refused(str(queue), f"The queue name must be a string, got {type(queue).__name__}")
        service = self._queues.get(queue)
        if service is None:
            known = ", ".join(self.names()) or "none"
            return _refused(queue, f"Unknown queue {queue!r} (known queues: {known})")
        if job_id is None:
            job_id = secrets.token_urlsafe(12)
        elif not isinstance(job_id, str) or not _JOB_ID.fullmatch(job_id):
            return _refused(queue, "job_id must be 1-128 letters, digits or _ . : - "
                                   f"(starting with a letter or digit), got {job_id!r}")
        if label is not None and (not isinstance(label, str) or len(label) > _LABEL_MAX):
            return _refused(queue, f"label must be a string of at most {_LABEL_MAX} characters")
        if meta is not None and (not isinstance(meta, Mapping) or not _is_json(dict(meta))):
            return _refused(queue, "meta must be a dict of JSON data")
        if not service.running:
            return _refused(queue, f"Queue {queue!r} is not running (the server is starting or stopping); "
                                   "try again shortly")
        record = JobRecord(id=job_id, queue=queue, label=label, created=round(time.time(), 3),
                           meta=dict(meta or {}), owner=owner)
        if self.dispatch is not None and not _is_json(payload):
            return _refused(queue, "The job's payload must be JSON data (it travels through Redis)")
        try:
            added = self.store.add(record)
        except Exception as exc:  # noqa: BLE001 - a shared store that is down
            log.warning("jobs queue %r: the job store refused a job: %s", queue, exc)
            return _refused(queue, "Jobs are unavailable right now (the job store cannot be reached); "
                                   "try again shortly")
        if not added:
            return _refused(queue, f"A job with id {job_id!r} already exists on queue {queue!r}")
        if self.dispatch is not None:
            try:
                accepted = self.dispatch.submit(queue, job_id, payload)
            except Exception as exc:  # noqa: BLE001 - Redis went away between the two calls
                log.warning("jobs queue %r: could not queue job %s: %s", queue, job_id, exc)
                self._discard(queue, job_id)
                return _refused(queue, "Jobs are unavailable right now (Redis cannot be reached); "
                                       "try again shortly")
            if not accepted:
                self._discard(queue, job_id)
                return _refused(queue, f"Queue {queue!r} is full ({service.maxsize} waiting); try again later")
            self.signals.changed(record)
            return {"accepted": True, "job": record.to_dict(), "queue": queue, "message": "Job queued"}
        try:
            accepted = service.enqueue(payload, key=job_id)
        except ValueError:  # the key is still live in the service (a record that expired early)
            accepted = False
        if not accepted:
            self.store.remove(queue, job_id)
            if not service.running:
                return _refused(queue, f"Queue {queue!r} is not running; try again shortly")
            return _refused(queue, f"Queue {queue!r} is full ({service.maxsize} waiting); try again later")
        self.signals.changed(record)
        return {"accepted": True, "job": record.to_dict(), "queue": queue, "message": "Job queued"}

    def _discard(self, queue: str, job_id: str) -> None:
        """Drop the record of a job that was refused after it was stored (nothing runs it)."""
        try:
            self.store.remove(queue, job_id)
        except Exception as exc:  # noqa: BLE001 - the shared store went away too; it expires
            log.warning("jobs queue %r: could not drop the record of refused job %s: %s", queue, job_id, exc)

    def get(self, queue: str, job_id: str) -> Optional[JobRecord]:
        """The record (owner included: callers decide who may see it), or None."""
        if not isinstance(queue, str) or not isinstance(job_id, str) or queue not in self._queues:
            return None
        return self.store.get(queue, job_id)

    def cancel(self, queue: str, job_id: str) -> Optional[JobRecord]:
        """Ask for a cancel: a queued job is cancelled now, a running one becomes ``cancelling``
        until its handler calls ``check_cancelled()``. A finished job is returned unchanged."""
        record = self.get(queue, job_id)
        if record is None or record.final:
            return record
        outcome = self._queues[queue].cancel_item(job_id)
        if self.dispatch is not None and outcome is None:
            # not in this process: still in the stream (its consumer will skip it), or
            # running on another host (which sees "cancelling")
            if record.state == "queued":
                self._finish(record, "cancelled", round(time.time(), 3))
            elif record.state != "cancelling":
                self._change(record, state="cancelling")
                self.dispatch.request_cancel(queue, job_id)
            return self.store.get(queue, job_id)
        if outcome == "queued":
            # the service's "cancelled" event already moved the record
            return self.store.get(queue, job_id)
        if outcome == "running" and record.state != "cancelling":
            return self._change(record, state="cancelling")
        return self.store.get(queue, job_id)

    # -- item events from the services ------------------------------------------------------

    def _on_item(self, queue: str, event: ItemEvent) -> None:
        if event.key is None:  # an item put on the service directly, not through the jobs API
            return
        kind = event.kind
        if self.dispatch is not None:
            if kind in ("done", "failed", "cancelled"):
                self.dispatch.finished(queue, str(event.key))
            elif kind == "unprocessed" and self.dispatch.interrupted(queue, str(event.key)):
                # the server is stopping: the job goes back on the stream for another process
                record = self.store.get(queue, str(event.key))
                if record is not None and not record.final:
                    self._change(record, state="queued", started=None)
                return
        if kind == "progress":  # only ever between started and done: no state to check
            updated = self.store.update(queue, str(event.key), {"progress": dict(event.progress or {})})
            if updated is not None:
                self.signals.changed(updated, progress_only=True)
            return
        record = self.store.get(queue, str(event.key))
        if record is None or record.final:
            if kind == "started" and record is not None:  # cancelled elsewhere as it was taken
                self._queues[queue].cancel_item(str(event.key))
            return
        now = round(time.time(), 3)
        if kind == "started":
            self._change(record, state="cancelling" if record.state == "cancelling" else "running",
                         started=now)
        elif kind == "done":
            result = event.result
            if not _is_json(result):
                log.error("job %s on queue %r returned a value that is not JSON data: %r",
                          record.id, queue, type(result).__name__)
                self._finish(record, "failed", now, error=self._failure_text(
                    TypeError("the job's result is not JSON data")))
            else:
                self._finish(record, "completed", now, result=result)
        elif kind == "failed":
            self._log_failure(queue, record, event.error)
            self._finish(record, "failed", now, error=self._failure_text(event.error))
        elif kind == "cancelled":
            self._finish(record, "cancelled", now)
        elif kind == "unprocessed":
            self._finish(record, "cancelled", now, error=SERVER_STOPPED)

    def finish_lost(self, record: JobRecord, error: Optional[str], state: str = "failed") -> None:
        """End a job no process can finish (its workers were lost, or it was cancelled then)."""
        self._finish(record, state, round(time.time(), 3), error=error)

    def _finish(self, record: JobRecord, state: str, now: float, **changes: Any) -> None:
        self._change(record, state=state, finished=now, **changes)

    def _change(self, record: JobRecord, *, progress_only: bool = False, **changes: Any) -> Optional[JobRecord]:
        updated = self.store.update(record.queue, record.id, changes)
        if updated is not None:
            self.signals.changed(updated, progress_only=progress_only)
        return updated

    def _failure_text(self, error: Optional[BaseException]) -> str:
        if self.dev and error is not None:
            return f"{type(error).__name__}: {error}"
        return GENERIC_FAILURE

    def _log_failure(self, queue: str, record: JobRecord, error: Optional[BaseException]) -> None:
        service = self._queues[queue]
        # specter's default on_item_error already logged the traceback
        if type(service).on_item_error is QueueService.on_item_error:
            log.error("job %s on queue %r failed (traceback above)", record.id, queue)
        else:
            log.error("job %s on queue %r failed", record.id, queue, exc_info=error)

