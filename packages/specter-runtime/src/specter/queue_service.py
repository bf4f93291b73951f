"""Queue-backed worker pool with managed startup and graceful shutdown: :class:`QueueService`.

``enqueue(item)`` returns False instead of blocking when the queue is full (``maxsize``) or the
service is not running. ``stop(drain=True, timeout=...)`` stops accepting, lets the workers
finish what is queued (up to ``timeout`` seconds), then kills them; every item that was not
processed is passed to :meth:`QueueService.on_unprocessed` and returned from ``stop()``.

Per item, inside ``handle_item``: ``self.report_progress(current=, total=, message=)`` and
``self.check_cancelled()`` (raises :class:`ItemCancelled` once ``cancel_item(key)`` asked for
it; the service records the item as cancelled, not failed). ``observe(fn)`` lets a framework
follow every item (started, progress, done, failed, cancelled, unprocessed) without
subclassing the service.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Dict, Hashable, List, Mapping, Optional, TypedDict

from .service import Service

if TYPE_CHECKING:  # gevent loads when a queue is made, not when specter is imported
    from gevent.queue import JoinableQueue

__all__ = ["QueueService", "ItemCancelled", "ItemEvent", "Progress"]

log = logging.getLogger("specter.queue")


class ItemCancelled(Exception):
    """Raised by :meth:`QueueService.check_cancelled` when the running item was cancelled.

    A ``handle_item`` may also raise it itself to give up; either way the item ends
    ``cancelled`` (``on_item_cancelled``), not failed.
    """


class Progress(TypedDict):
    """How far the running item is: ``percent`` is None until a ``total`` is known."""

    current: Optional[float]
    total: Optional[float]
    percent: Optional[float]
    message: Optional[str]


@dataclass(frozen=True)
class ItemEvent:
    """What happened to one item, as delivered to :meth:`QueueService.observe` callbacks.

    ``kind`` is ``started``, ``progress``, ``done``, ``failed``, ``cancelled`` or
    ``unprocessed`` (left over when the service stopped). ``key`` is the one given to
    ``enqueue`` (None without one).
    """

    kind: str
    queue: str
    key: Optional[Hashable]
    item: Any
    progress: Optional[Progress] = None
    result: Any = None
    error: Optional[BaseException] = None


class _Entry:
    """One queued item: its key, last progress and whether a cancel was asked for."""

    __slots__ = ("item", "key", "progress", "cancel_requested")

    def __init__(self, item: Any, key: Optional[Hashable]) -> None:
        self.item = item
        self.key = key
        self.progress: Optional[Progress] = None
        self.cancel_requested = False


def _event(kind: str, queue: str, entry: Optional[_Entry], item: Any, **extra: Any) -> ItemEvent:
    if entry is None:
        return ItemEvent(kind, queue, None, item, **extra)
    return ItemEvent(kind, queue, entry.key, item, progress=entry.progress, **extra)


def _amount(value: Any, what: str) -> Optional[float]:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        raise ValueError(f"report_progress({what}=...) must be a number >= 0 or None, got {value!r}")
    return value


class QueueService(Service):
    """A Service whose workers call :meth:`handle_item` for every enqueued item.

    Override points: ``handle_item(item)`` (required), ``on_item_done(item, result)``,
    ``on_item_error(item, error)``, ``on_item_cancelled(item)`` and ``on_unprocessed(items)``.
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
        from gevent.queue import JoinableQueue

        self._queue: JoinableQueue = JoinableQueue(maxsize or None)
        self._accepting = False
        self._in_flight: Dict[int, _Entry] = {}
        self._worker_index: Dict[Any, int] = {}
        self._keyed: Dict[Hashable, _Entry] = {}
        self._observers: List[Callable[[ItemEvent], Any]] = []
        self.processed_count = 0
        self.failed_count = 0
        self.cancelled_count = 0

    # work ---------------------------------------------------------------------------------
    def handle_item(self, item: Any) -> Any:
        """Override: process one item (runs in a worker greenlet)."""
        raise NotImplementedError(f"{type(self).__name__} must implement handle_item(item)")

    def on_item_done(self, item: Any, result: Any) -> None:
        """Hook: ``handle_item`` returned ``result``."""

    def on_item_error(self, item: Any, error: BaseException) -> None:
        """Hook: ``handle_item`` raised; the default logs it. The worker keeps going."""
        log.error("queue %r: item %r failed: %r", self.name, item, error, exc_info=error)

    def on_item_cancelled(self, item: Any) -> None:
        """Hook: the item was cancelled (removed while queued, or it raised ItemCancelled)."""

    def on_unprocessed(self, items: List[Any]) -> None:
        """Hook: items left when the service stopped; the default logs a warning."""
        log.warning("queue %r stopped with %d unprocessed item(s)", self.name, len(items))

    # per-item calls from inside handle_item ---------------------------------------------------
    def _current_entry(self, what: str) -> _Entry:
        from gevent import getcurrent

        index = self._worker_index.get(getcurrent())
        if index is None or index not in self._in_flight:
            raise RuntimeError(
                f"{type(self).__name__}.{what}() is only available inside handle_item(), "
                "in the worker greenlet that runs the item"
            )
        current = self._in_flight[index]
        if current.__class__ is _Entry:
            return current
        entry = self._in_flight[index] = _Entry(current, None)  # a keyless item's first progress
        return entry

    def report_progress(
        self,
        current: Optional[float] = None,
        total: Optional[float] = None,
        message: Optional[str] = None,
    ) -> Progress:
        """Record how far the running item is and tell observers; returns the progress.

        Arguments left as None keep their previous value for this item. ``percent`` is
        ``current / total`` (0-100, one decimal) once both are known and ``total > 0``.
        """
        entry = self._current_entry("report_progress")
        current = _amount(current, "current")
        total = _amount(total, "total")
        if message is not None and not isinstance(message, str):
            raise ValueError(f"report_progress(message=...) must be a str or None, got {type(message).__name__}")
        previous = entry.progress
        if previous is not None:
            current = previous["current"] if current is None else current
            total = previous["total"] if total is None else total
            message = previous["message"] if message is None else message
        percent = None
        if current is not None and total:
            percent = round(min(100.0, 100.0 * current / total), 1)
        progress: Progress = {"current": current, "total": total, "percent": percent, "message": message}
        entry.progress = progress
        if self._observers:
            self._notify(ItemEvent("progress", self.name, entry.key, entry.item, progress=progress))
        return progress

    def check_cancelled(self) -> None:
        """Raise :class:`ItemCancelled` if a cancel was requested for the running item."""
        if self._current_entry("check_cancelled").cancel_requested:
            raise ItemCancelled(f"item cancelled on queue {self.name!r}")

    def cancel_item(self, key: Hashable) -> Optional[str]:
        """Cancel the item enqueued with ``key``.

        A queued item is removed at once (``"queued"``); a running one is flagged so that its
        next ``check_cancelled()`` raises (``"running"``). None when no live item has that key.
        """
        entry = self._keyed.get(key)
        if entry is None:
            return None
        if any(current is entry for current in self._in_flight.values()):
            entry.cancel_requested = True
            return "running"
        try:
            self._queue.queue.remove(entry)
        except ValueError:  # taken by a worker between the two checks
            entry.cancel_requested = True
            return "running"
        del self._keyed[key]
        self._queue.task_done()
        self.cancelled_count += 1
        self._safe_hook(self.on_item_cancelled, entry.item)
        if self._observers:
            self._notify(ItemEvent("cancelled", self.name, key, entry.item, progress=entry.progress))
        return "queued"

    def observe(self, fn: Callable[[ItemEvent], Any]) -> Callable[[], None]:
        """Call ``fn(event)`` for every item event; returns a function that stops it.

        ``fn`` runs synchronously in the greenlet where the event happens (a worker, the
        caller of ``cancel_item``, or the caller of ``stop``); its errors are logged.
        """
        if not callable(fn):
            raise TypeError(f"observe() needs a callable, got {fn!r}")
        self._observers.append(fn)

        def unobserve() -> None:
            if fn in self._observers:
                self._observers.remove(fn)

        return unobserve

    def _notify(self, event: ItemEvent) -> None:
        for fn in list(self._observers):
            try:
                fn(event)
            except Exception:
                log.exception("queue %r: observer %r failed on %s", self.name, fn, event.kind)

    # lifecycle ----------------------------------------------------------------------------
    def _before_start(self) -> None:
        from gevent.queue import JoinableQueue

        self._queue = JoinableQueue(self.maxsize or None)
        self._in_flight = {}
        self._worker_index = {}
        self._keyed = {}
        for index in range(self.worker_count):
            self._worker_index[self.spawn(self._work, index)] = index
        self._accepting = True

    def _work(self, index: int) -> None:
        from gevent import GreenletExit

        queue, in_flight, handle = self._queue, self._in_flight, self.handle_item
        # Skip the no-op hook call per item unless a subclass overrides it.
        done_hook = self.on_item_done if type(self).on_item_done is not QueueService.on_item_done else None
        observers = self._observers
        while True:
            # Keyless items travel bare (no per-item wrapper); keyed ones as an _Entry.
            got = queue.get()
            in_flight[index] = got
            keyed = got.__class__ is _Entry
            item = got.item if keyed else got
            try:
                if keyed and got.cancel_requested:  # cancelled while a worker was taking it
                    raise ItemCancelled(f"item cancelled on queue {self.name!r}")
                if observers:
                    self._notify(ItemEvent("started", self.name, got.key if keyed else None, item))
                result = handle(item)
            except GreenletExit:
                raise  # killed mid-item: stop() reports it from _in_flight
            except ItemCancelled:
                self.cancelled_count += 1
                entry = self._finish(index)
                self._safe_hook(self.on_item_cancelled, item)
                if observers:
                    self._notify(_event("cancelled", self.name, entry, item))
            except Exception as exc:
                self.failed_count += 1
                entry = self._finish(index)
                self._safe_hook(self.on_item_error, item, exc)
                if observers:
                    self._notify(_event("failed", self.name, entry, item, error=exc))
            else:
                self.processed_count += 1
                entry = self._finish(index)
                if done_hook is not None:
                    self._safe_hook(done_hook, item, result)
                if observers:
                    self._notify(_event("done", self.name, entry, item, result=result))
            finally:
                queue.task_done()

    def _finish(self, index: int) -> Optional[_Entry]:
        """Forget the worker's current item; its _Entry if it had a key or progress."""
        current = self._in_flight.pop(index)
        if current.__class__ is not _Entry:
            return None
        if current.key is not None:
            self._keyed.pop(current.key, None)
        return current

    def _safe_hook(self, hook: Any, *args: Any) -> None:
        try:
            hook(*args)
        except Exception:
            log.exception("queue %r: %s failed", self.name, getattr(hook, "__name__", hook))

    def enqueue(
        self,
        item: Any,
        block: bool = False,
        timeout: Optional[float] = None,
        *,
        key: Optional[Hashable] = None,
    ) -> bool:
        """Queue ``item``; False if the service is not running or the queue is full.

        With ``block=True`` wait up to ``timeout`` seconds for room (back-pressure). ``key``
        names the item for :meth:`cancel_item` and observers; it must not be in use by
        another queued or running item (ValueError).
        """
        if not self._accepting or self._phase != "running":
            return False
        if key is None:
            entry: Any = item
        else:
            if key in self._keyed:
                raise ValueError(f"queue {self.name!r} already has a live item with key {key!r}")
            entry = self._keyed[key] = _Entry(item, key)
        from gevent.queue import Full

        try:
            self._queue.put(entry, block=block, timeout=timeout)
        except Full:
            if key is not None:
                del self._keyed[key]
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
        to :meth:`on_unprocessed` and to observers. Idempotent: returns ``[]`` when not running.
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
        from gevent.queue import Empty

        while True:
            try:
                leftover.append(self._queue.get_nowait())
            except Empty:
                break
        self._in_flight = {}
        self._keyed = {}
        items = [got.item if got.__class__ is _Entry else got for got in leftover]
        if items:
            self._safe_hook(self.on_unprocessed, items)
            if self._observers:
                for got, item in zip(leftover, items):
                    entry = got if got.__class__ is _Entry else None
                    self._notify(_event("unprocessed", self.name, entry, item))
        return items

    def health(self) -> Dict[str, Any]:
        info = super().health()
        info.update(
            pending=self.pending_count(),
            in_flight=self.in_flight_count(),
            processed=self.processed_count,
            failed=self.failed_count,
            cancelled=self.cancelled_count,
            workers=self.worker_count,
            maxsize=self.maxsize,
        )
        return info
