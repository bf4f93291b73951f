"""Jobs on Redis Streams: any worker of any host takes the next job; a dead worker's job is
reclaimed.

With Redis configured, ``enqueue`` appends ``{job, payload}`` to the stream
``<prefix>:jobs:<queue>:stream`` instead of the local ``QueueService``. Every process runs a
:class:`StreamDispatch` (a service): per queue it reads the stream through the consumer group
``workers`` only as many messages as its local service has free workers, and hands each to
the service (which runs ``handle_item`` as always, with progress and cancel). When the job
ends the message is acknowledged and deleted.

While a job runs, its process re-claims the message every third of the queue's visibility
timeout (``QueueService.visibility_timeout``, default 30 s), which keeps it "fresh". A
process that dies (SIGKILL, lost host) stops doing that; once the message has been idle for
the visibility timeout, a live process takes it over (XAUTOCLAIM) and runs the job again:
at least once, up to ``QueueService.max_attempts`` (default 3) runs, then the record is
``failed`` with "worker lost". Queued jobs stay in Redis while every process is down.

Cancel works across hosts: the record becomes ``cancelling`` and the process running the
job sees it (a fan-out message at once, and its heartbeat's poll of the record).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import time
from typing import TYPE_CHECKING, Any, Dict, List, Tuple

from specter import QueueService

if TYPE_CHECKING:  # pragma: no cover
    from .queues import JobQueues

__all__ = ["StreamDispatch", "WORKER_LOST", "DEFAULT_VISIBILITY_TIMEOUT", "DEFAULT_MAX_ATTEMPTS"]

log = logging.getLogger("sprag.jobs")

#: The ``error`` of a job whose worker died ``max_attempts`` times.
WORKER_LOST = "worker lost"
DEFAULT_VISIBILITY_TIMEOUT = 30.0
DEFAULT_MAX_ATTEMPTS = 3
GROUP = "workers"
# XADD unless ARGV[2] jobs already wait (length minus what the group has handed out); 1 if added
_BOUNDED_XADD = """
local waiting = redis.call('XLEN', KEYS[1])
local ok, summary = pcall(redis.call, 'XPENDING', KEYS[1], ARGV[1])
if ok and summary then waiting = waiting - tonumber(summary[1]) end
if waiting >= tonumber(ARGV[2]) then return 0 end
redis.call('XADD', KEYS[1], '*', 'job', ARGV[3], 'payload', ARGV[4])
return 1
"""
# Delete consumers with no pending message: ARGV[3] = "" -> every other consumer (ARGV[2] is
# ours) idle for ARGV[3] ms; ARGV[4] = a name -> that one only. Atomic, so a consumer that
# takes a message meanwhile is never deleted with it.
_PRUNE_CONSUMERS = """
local deleted = 0
for _, info in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  local fields = {}
  for i = 1, #info, 2 do fields[info[i]] = info[i + 1] end
  local name = fields['name']
  local mine = ARGV[4] ~= '' and name == ARGV[4]
  local stale = ARGV[4] == '' and name ~= ARGV[2] and tonumber(fields['idle']) >= tonumber(ARGV[3])
  if tonumber(fields['pending']) == 0 and (mine or stale) then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], name)
    deleted = deleted + 1
  end
end
return deleted
"""
#: A consumer (one process) idle this many visibility timeouts with nothing pending is gone.
STALE_CONSUMER_TIMEOUTS = 5
CANCEL_CHANNEL = "jobs.cancel"


def visibility_of(service: QueueService) -> float:
    value = getattr(service, "visibility_timeout", DEFAULT_VISIBILITY_TIMEOUT)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{type(service).__name__}.visibility_timeout must be seconds > 0, got {value!r}")
    return float(value)


def attempts_of(service: QueueService) -> int:
    value = getattr(service, "max_attempts", DEFAULT_MAX_ATTEMPTS)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{type(service).__name__}.max_attempts must be an int >= 1, got {value!r}")
    return value


class StreamDispatch:
    """Feeds this process's job queues from their Redis Streams (see the module doc)."""

    name = "sprag.jobs.streams"

    def __init__(self, link: Any, jobs: JobQueues, fanout: Any = None) -> None:
        self.link = link
        self.jobs = jobs
        self.fanout = fanout
        self.consumer = ""
        self._running: Dict[Tuple[str, str], str] = {}  # (queue, job id) -> message id
        self._slots: Dict[str, Any] = {}  # queue -> Event set when a job of it ends here
        self._greenlets: List[Any] = []
        self._unsubscribe: Any = None
        self._stopping = False
        for name in jobs.names():  # a bad setting fails at startup
            service = jobs.queue(name)
            visibility_of(service)
            attempts_of(service)

    # -- keys --------------------------------------------------------------------------------

    def stream(self, queue: str) -> str:
        return self.link.key("jobs", queue, "stream")

    def _attempts_key(self, queue: str, job_id: str) -> str:
        return self.link.key("job", queue, job_id, "attempts")

    # -- enqueue / cancel (any process) --------------------------------------------------------

    def submit(self, queue: str, job_id: str, payload: Any) -> bool:
        """Append the job to its queue's stream; False when the queue's ``maxsize`` jobs are
        already waiting (raises on a Redis error).

        As with a local queue, ``maxsize`` bounds the jobs no worker has taken yet: the
        stream's length minus the messages the consumer group has handed out. The check and
        the append are one Redis script, so hosts enqueuing at once never overfill it."""
        body = json.dumps(payload, separators=(",", ":"))
        service = self.jobs.queue(queue)
        limit = int(getattr(service, "maxsize", 0) or 0)
        if limit <= 0:
            self.link.call(lambda r: r.xadd(self.stream(queue), {"job": job_id, "payload": body}))
            return True
        added = self.link.call(lambda r: r.eval(_BOUNDED_XADD, 1, self.stream(queue), GROUP, limit, job_id, body))
        return bool(added)

    def request_cancel(self, queue: str, job_id: str) -> None:
        """Tell the process running the job (wherever it is) to cancel it."""
        if self.fanout is not None:
            self.fanout.publish(CANCEL_CHANNEL, {"queue": queue, "job": job_id})

    def _on_cancel(self, _channel: str, event: Any) -> None:
        queue, job_id = event.get("queue"), event.get("job")
        service = self.jobs.queue(queue) if isinstance(queue, str) else None
        if service is not None and isinstance(job_id, str):
            service.cancel_item(job_id)

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        import socket

        import gevent

        self._stopping = False
        self.consumer = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        for name in self.jobs.names():
            self._greenlets.append(gevent.spawn(self._consume, name))
        if self.jobs.names():
            self._greenlets.append(gevent.spawn(self._heartbeat))
        if self.fanout is not None:
            self._unsubscribe = self.fanout.subscribe(CANCEL_CHANNEL, self._on_cancel)

    def stop(self) -> None:
        self._stopping = True
        for greenlet in self._greenlets:
            greenlet.kill(block=False)
        self._greenlets = []
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.consumer:  # leave the consumer groups (kept while a job of ours is pending)
            for queue in self.jobs.names():
                try:
                    self.link.call(lambda r, q=queue: r.eval(_PRUNE_CONSUMERS, 1, self.stream(q), GROUP,
                                                             self.consumer, 0, self.consumer), None)
                except Exception as exc:  # noqa: BLE001 - no group yet, or Redis refused: others prune it
                    log.debug("jobs queue %r: consumer %s not removed: %s", queue, self.consumer, exc)

    def prune_consumers(self, queue: str, idle_seconds: float) -> int:
        """Delete the consumers of ``queue`` other than ours that have nothing pending and have
        been idle ``idle_seconds`` (processes that died or stopped); returns how many."""
        return int(self.link.call(lambda r: r.eval(_PRUNE_CONSUMERS, 1, self.stream(queue), GROUP,
                                                   self.consumer, int(idle_seconds * 1000), "")))

    # -- taking jobs ---------------------------------------------------------------------------

    def _free(self, service: QueueService) -> int:
        if not service.running:
            return 0
        return service.worker_count - service.in_flight_count() - service.pending_count()

    def _ensure_group(self, queue: str) -> None:
        from redis import ResponseError

        try:
            self.link.client.xgroup_create(self.stream(queue), GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def _consume(self, queue: str) -> None:
        import gevent
        from gevent.event import Event
        from redis import ResponseError

        service = self.jobs.queue(queue)
        assert service is not None
        visibility_ms = int(visibility_of(service) * 1000)
        from gevent import monkey

        reader = None
        grouped = False
        # without gevent's patched sockets a blocking read would stall every greenlet: poll
        patched = monkey.is_module_patched("socket")
        block_ms = 1000 if patched else 10
        slot = self._slots.setdefault(queue, Event())
        next_reclaim = 0.0
        stale_after = STALE_CONSUMER_TIMEOUTS * visibility_ms / 1000.0
        next_prune = time.monotonic() + stale_after / 2
        while not self._stopping:
            free = self._free(service)
            if free <= 0:
                slot.clear()
                slot.wait(timeout=0.5)  # set when one of this queue's jobs ends here
                continue
            try:
                if not grouped:
                    self._ensure_group(queue)
                    grouped = True
                if reader is None:
                    reader = self.link.blocking_client()
                messages = []
                if time.monotonic() >= next_reclaim:  # lost workers' jobs: checked a few times per timeout
                    next_reclaim = time.monotonic() + min(5.0, visibility_ms / 4000.0)
                    claimed = reader.xautoclaim(self.stream(queue), GROUP, self.consumer, visibility_ms,
                                                start_id="0-0", count=free)
                    messages = [m for m in claimed[1] if m and m[1]]
                reclaimed = bool(messages)
                if time.monotonic() >= next_prune:  # dead processes' consumers, nothing pending
                    next_prune = time.monotonic() + stale_after / 2
                    self.prune_consumers(queue, stale_after)
                if not messages:
                    got = reader.xreadgroup(GROUP, self.consumer, {self.stream(queue): ">"}, count=free,
                                            block=block_ms)
                    messages = got[0][1] if got else []
                    if not messages and not patched:
                        gevent.sleep(0.2)
                self.link.mark_up()
                for message_id, fields in messages:
                    self._take(queue, service, message_id, fields, reclaimed)
            except ResponseError as exc:
                if "NOGROUP" in str(exc):  # Redis restarted without its data: start afresh
                    grouped = False
                    continue
                log.exception("jobs queue %r: Redis refused a read", queue)
                gevent.sleep(1.0)
            except self.link.errors as exc:
                self.link.mark_down(exc)
                reader, grouped = None, False
                gevent.sleep(1.0)
            except Exception:  # noqa: BLE001 - the consumer must outlive any bad message
                log.exception("jobs queue %r: the stream consumer failed; restarting it", queue)
                gevent.sleep(1.0)

    def _take(self, queue: str, service: QueueService, message_id: str, fields: Dict[str, str],
              reclaimed: bool) -> None:
        job_id = fields.get("job", "")
        record = self.jobs.store.get(queue, job_id) if job_id else None
        if record is None or record.final:
            self._forget(queue, message_id)
            return
        attempts = int(self.link.call(lambda r: self._count_attempt(r, queue, job_id)))
        if reclaimed:
            log.warning("job %s on queue %r: its worker stopped answering; run again here (attempt %d of %d)",
                        job_id, queue, attempts, attempts_of(service))
        if attempts > attempts_of(service):
            log.error("job %s on queue %r failed: its worker was lost on each of its %d attempt(s)", job_id, queue, attempts - 1)
            self.jobs.finish_lost(record, WORKER_LOST)
            self._forget(queue, message_id)
            return
        if record.state == "cancelling":  # cancelled while its lost worker ran it
            self.jobs.finish_lost(record, None, state="cancelled")
            self._forget(queue, message_id)
            return
        try:
            payload = json.loads(fields.get("payload", "null"))
        except ValueError:
            payload = None
        self._running[(queue, job_id)] = message_id
        try:
            accepted = service.enqueue(payload, key=job_id)
        except ValueError:  # already running here (a message delivered twice)
            accepted = True
        if not accepted:
            # the service stopped meanwhile: leave the message pending; it is reclaimed
            self._running.pop((queue, job_id), None)
            self.link.call(lambda r: r.decr(self._attempts_key(queue, job_id)), None)

    def _count_attempt(self, r: Any, queue: str, job_id: str) -> int:
        pipe = r.pipeline()
        key = self._attempts_key(queue, job_id)
        pipe.incr(key)
        pipe.expire(key, 7 * 86400)
        return pipe.execute()[0]

    def _forget(self, queue: str, message_id: str) -> None:
        def run(r: Any) -> None:
            pipe = r.pipeline()
            pipe.xack(self.stream(queue), GROUP, message_id)
            pipe.xdel(self.stream(queue), message_id)
            pipe.execute()

        self.link.call(run, None)

    # -- called by JobQueues when a job ends here ------------------------------------------------

    def finished(self, queue: str, job_id: str) -> None:
        """The job ended (completed, failed or cancelled) in this process: acknowledge it."""
        message_id = self._running.pop((queue, job_id), None)
        slot = self._slots.get(queue)
        if slot is not None:
            slot.set()
        if message_id is not None:
            self._forget(queue, message_id)
            self.link.call(lambda r: r.delete(self._attempts_key(queue, job_id)), None)

    def interrupted(self, queue: str, job_id: str) -> bool:
        """The server is stopping with this job unfinished: put it back on the stream at once
        (another process takes it) without counting a lost worker. False when it is not ours."""
        message_id = self._running.pop((queue, job_id), None)
        if message_id is None:
            return False

        def run(r: Any) -> None:
            fields = r.xrange(self.stream(queue), message_id, message_id)
            pipe = r.pipeline()
            if fields:
                pipe.xadd(self.stream(queue), fields[0][1])
            pipe.xack(self.stream(queue), GROUP, message_id)
            pipe.xdel(self.stream(queue), message_id)
            pipe.decr(self._attempts_key(queue, job_id))
            pipe.execute()

        try:
            self.link.call(run)
        except self.link.errors:
            return True  # left pending: reclaimed after the visibility timeout
        return True

    # -- keeping running jobs claimed ----------------------------------------------------------

    def _heartbeat(self) -> None:
        import gevent

        every = min(visibility_of(self.jobs.queue(q)) for q in self.jobs.names()) / 3.0
        while not self._stopping:
            gevent.sleep(every)
            for (queue, job_id), message_id in list(self._running.items()):
                try:
                    self.link.call(lambda r, q=queue, m=message_id: r.xclaim(
                        self.stream(q), GROUP, self.consumer, 0, [m], justid=True))
                    record = self.jobs.store.get(queue, job_id)
                except self.link.errors:
                    continue
                if record is not None and record.state == "cancelling":
                    service = self.jobs.queue(queue)
                    if service is not None:
                        service.cancel_item(job_id)

    def describe(self) -> Dict[str, Any]:
        return {"consumer": self.consumer, "running": len(self._running), "at": time.time()}

