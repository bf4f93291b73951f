"""Background jobs: the job contract over specter's ``QueueService``.

Every ``QueueService`` in ``App(providers=...)`` is a jobs queue under its provider key.
Controllers call ``self.enqueue(queue, payload, job_id=, label=, meta=)``,
``self.job_status(queue, job_id)`` and ``self.request_job_cancel(queue, job_id)``; records live
in a :class:`~sprag.backends.job_store.JobStore` and every change is signalled to the owning
session as ``sprag:queue.job.changed``.
"""

from __future__ import annotations

from .queues import SERVER_STOPPED, EnqueueResult, JobQueues
from .signals import JOB_CHANGED, JobSignals

__all__ = ["JobQueues", "EnqueueResult", "JobSignals", "JOB_CHANGED", "SERVER_STOPPED"]
