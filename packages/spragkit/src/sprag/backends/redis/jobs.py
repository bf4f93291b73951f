"""Job records in Redis: each record a JSON string ``<prefix>:job:<queue>:<id>``, the live
ones (queued/running/cancelling) indexed by creation time in ``<prefix>:jobs:<queue>:live``.
A finished record expires ``ttl_seconds`` after it finishes. Updates are optimistic
transactions (WATCH/MULTI), so two hosts changing one record never lose a change.
"""

from __future__ import annotations

import json
from typing import Any, List, Mapping, Optional

from ..job_store import FINAL_STATES, JobRecord
from .client import RedisLink

__all__ = ["RedisJobStore"]

_FIELDS = ("id", "queue", "label", "state", "progress", "result", "error", "created", "started",
           "finished", "meta", "owner")


def _dump(job: JobRecord) -> str:
    return json.dumps({name: getattr(job, name) for name in _FIELDS}, separators=(",", ":"))


def _load(raw: Optional[str]) -> Optional[JobRecord]:
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        return JobRecord(**{name: data[name] for name in _FIELDS if name in data})
    except (ValueError, TypeError):
        return None


class RedisJobStore:
    """The ``JobStore`` protocol on Redis (shared by every process of every host)."""

    def __init__(self, link: RedisLink, ttl_seconds: float = 3600.0) -> None:
        if isinstance(ttl_seconds, bool) or not isinstance(ttl_seconds, (int, float)) or ttl_seconds <= 0:
            raise ValueError(f"RedisJobStore(ttl_seconds=...) must be a number > 0, got {ttl_seconds!r}")
        self.link = link
        self.ttl_seconds = int(ttl_seconds)

    def _key(self, queue: str, job_id: str) -> str:
        return self.link.key("job", queue, job_id)

    def _live(self, queue: str) -> str:
        return self.link.key("jobs", queue, "live")

    def add(self, job: JobRecord) -> bool:
        key = self._key(job.queue, job.id)

        def write(r: Any) -> bool:
            if not r.set(key, _dump(job), nx=True):
                return False
            if job.final:
                r.expire(key, self.ttl_seconds)
            else:
                r.zadd(self._live(job.queue), {job.id: job.created})
            return True

        return self.link.call(write)

    def get(self, queue: str, job_id: str) -> Optional[JobRecord]:
        return _load(self.link.call(lambda r: r.get(self._key(queue, job_id))))

    def update(self, queue: str, job_id: str, changes: Mapping[str, Any]) -> Optional[JobRecord]:
        key = self._key(queue, job_id)
        unknown = set(changes) - set(_FIELDS)
        if unknown:
            raise ValueError(f"unknown job record field(s): {', '.join(sorted(unknown))}")

        def write(r: Any) -> Optional[JobRecord]:
            with r.pipeline() as pipe:
                while True:
                    try:
                        pipe.watch(key)
                        job = _load(pipe.get(key))
                        if job is None:
                            pipe.unwatch()
                            return None
                        was_final = job.final
                        for name, value in changes.items():
                            setattr(job, name, value)
                        pipe.multi()
                        if job.final and not was_final:
                            pipe.set(key, _dump(job), ex=self.ttl_seconds)
                            pipe.zrem(self._live(queue), job_id)
                        else:
                            pipe.set(key, _dump(job), keepttl=True)
                        pipe.execute()
                        return job
                    except self._watch_error():
                        continue

        return self.link.call(write)

    def _watch_error(self) -> Any:
        from redis import WatchError

        return WatchError

    def remove(self, queue: str, job_id: str) -> None:
        def run(r: Any) -> None:
            pipe = r.pipeline()
            pipe.delete(self._key(queue, job_id))
            pipe.zrem(self._live(queue), job_id)
            pipe.execute()

        self.link.call(run)

    def active(self, queue: str) -> List[JobRecord]:
        ids = self.link.call(lambda r: r.zrange(self._live(queue), 0, -1))
        if not ids:
            return []
        raws = self.link.call(lambda r: r.mget([self._key(queue, i) for i in ids]))
        found = [_load(raw) for raw in raws]
        return [job for job in found if job is not None and job.state not in FINAL_STATES]
