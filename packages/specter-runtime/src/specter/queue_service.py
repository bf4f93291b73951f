"""Queue-backed worker pool with managed startup and graceful shutdown: :class:`QueueService`.

``enqueue(item)`` returns False instead of blocking when the queue is full (``maxsize``) or the
service is not running. ``stop(drain=True, timeout=...)`` stops accepting, lets the workers
finish what is queued (up to ``timeout`` seconds), then kills them; every item that was not
processed is passed to :meth:`QueueService.on_unprocessed` and returned from ``stop()``.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Dict, List, Mapping, Optional

import gevent
from gevent.queue import Empty, Full, JoinableQueue

from .service import Service

__all__ = ["QueueService"]

log = logging.getLogger("specter.queue")


class QueueService(Service):
    """A Service whose workers call :meth:`handle_item` for every enqueued item.

    Override points (used by frameworks such as spragkit to build job records):
    ``handle_item(item)`` (required), ``on_item_done(item, result)``,
    ``on_item_error(item, error)`` and ``on_unprocessed(items)``.
    """

    #: Default seconds ``stop()`` waits for queued items to drain.
    drain_timeout: float = 10.0

    def __init__(
        self,
        name: Optional[str] = None,
        *,
        worker_count: int = 1,
        maxsize: int = 0,
        initial_state: Optional[Mapping[str, Any]] = None,
        **service_options: Any,
    ) -> None:
        if isinstance(worker_count, bool) or not isinstance(worker_count, int) or worker_count < 1:
            raise ValueError(f"QueueService worker_count must be an int >= 1, got {worker_count!r}")
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 0:
            raise ValueError(f"QueueService maxsize must be an int >= 0 (0 = unbounded), got {maxsize!r}")
        super().__init__(name, initial_state, **service_options)
        self.worker_count = worker_count
        self.maxsize = maxsize
        self._queue: JoinableQueue = JoinableQueue(maxsize or None)
        self._accepting = False
        self._in_flight: Dict[int, Any] = {}
        self.processed_count = 0
        self.failed_count = 0

    # work ---------------------------------------------------------------------------------
    def handle_item(self, item: Any) -> Any:
        """Override: process one item (runs in a worker greenlet)."""
        raise NotImplementedError(f"{type(self).__name__} must implement handle_item(item)")

    def on_item_done(self, item: Any, result: Any) -> None:
        """Hook: ``handle_item`` returned ``result``."""

    def on_item_error(self, item: Any, error: BaseException) -> None:
        """Hook: ``handle_item`` raised; the default logs it. The worker keeps going."""
        log.error("queue %r: item %r failed: %r", self.name, item, error, exc_info=error)

    def on_unprocessed(self, items: List[Any]) -> None:
        """Hook: items left when the service stopped; the default logs a warning."""
        log.warning("queue %r stopped with %d unprocessed item(s)", self.name, len(items))

    # lifecycle ----------------------------------------------------------------------------
    def _before_start(self) -> None:
        self._queue = JoinableQueue(self.maxsize or None)
        self._in_flight = {}
        for index in range(self.worker_count):
            self.spawn(self._work, index)
        self._accepting = True

    def _work(self, index: int) -> None:
        queue, in_flight, handle = self._queue, self._in_flight, self.handle_item
        # Skip the no-op hook call per item unless a subclass overrides it.
        done_hook = self.on_item_done if type(self).on_item_done is not QueueService.on_item_done else None
        while True:
            item = queue.get()
            in_flight[index] = item
            try:
                result = handle(item)
            except gevent.GreenletExit:
                raise  # killed mid-item: stop() reports it from _in_flight
            except Exception as exc:
                self.failed_count += 1
                del in_flight[index]
                self._safe_hook(self.on_item_error, item, exc)
            else:
                self.processed_count += 1
                del in_flight[index]
                if done_hook is not None:
                    self._safe_hook(done_hook, item, result)
            finally:
                queue.task_done()

    def _safe_hook(self, hook: Any, *args: Any) -> None:
        try:
            hook(*args)
        except Exception:
            log.exception("queue %r: %s failed", self.name, getattr(hook, "__name__", hook))

    def enqueue(self, item: Any, block: bool = False, timeout: Optional[float] = None) -> bool:
        """Queue ``item``; False if the service is not running or the queue is full.

        With ``block=True`` wait up to ``timeout`` seconds for room (back-pressure).
        """
        if not self._accepting or self._phase != "running":
            return False
        try:
            self._queue.put(item, block=block, timeout=timeout)
        except Full:
            return False
        return True

    def pending_count(self) -> int:
        """Items waiting in the queue (not counting the ones being processed)."""
        return self._queue.qsize()

    def in_flight_count(self) -> int:
        """Items a worker is processing right now."""
        return len(self._in_flight)

    def stop(self, drain: bool = True, timeout: Optional[float] = None) -> List[Any]:  # type: ignore[override]
        """Stop accepting, drain up to ``timeout`` s (if ``drain``), stop workers.

        Returns the items that were not processed (queued or interrupted), after passing them
        to :meth:`on_unprocessed`. Idempotent: returns ``[]`` when not running.
        """
        if self._phase != "running":
            return []
        self._accepting = False
        if drain:
            wait = self.drain_timeout if timeout is None else timeout
            deadline = time.monotonic() + max(0.0, wait)
            self._queue.join(timeout=max(0.0, deadline - time.monotonic()))
        super().stop()
        # A worker killed mid-item leaves it in _in_flight: report it with the queued ones.
        leftover: List[Any] = [self._in_flight[i] for i in sorted(self._in_flight)]
        while True:
            try:
                leftover.append(self._queue.get_nowait())
            except Empty:
                break
        self._in_flight = {}
        if leftover:
            self._safe_hook(self.on_unprocessed, leftover)
        return leftover

    def health(self) -> Dict[str, Any]:
        info = super().health()
        info.update(
            pending=self.pending_count(),
            in_flight=self.in_flight_count(),
            processed=self.processed_count,
            failed=self.failed_count,
            workers=self.worker_count,
            maxsize=self.maxsize,
        )
        return info
