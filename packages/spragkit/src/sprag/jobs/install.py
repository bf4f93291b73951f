"""Install the jobs feature on an App: every ``QueueService`` provider becomes a jobs queue."""

from __future__ import annotations

from typing import Any

from specter import QueueService

from .queues import JobQueues

__all__ = ["install_jobs"]


def install_jobs(app: Any) -> JobQueues:
    """Build the app's :class:`JobQueues` from ``app.providers`` and make controllers find it
    (``flask.extensions["sprag.jobs"]``)."""
    jobs = JobQueues(dev=app.dev)
    for key, provided in app.providers.items():
        if isinstance(provided, QueueService):
            jobs.add_queue(key, provided)
    app.flask.extensions["sprag.jobs"] = jobs
    return jobs
