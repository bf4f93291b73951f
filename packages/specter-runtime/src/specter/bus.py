"""Internal synchronous pub/sub: :class:`EventBus` and the process-wide :data:`bus`.

Listeners run in subscription order, in the emitting greenlet, before ``emit`` returns. A
listener that raises is logged and skipped; the others still run.

Delivery goes through a *backend*. The default :class:`LocalBackend` delivers in-process. A
backend for fan-out across processes (e.g. Redis pub/sub) implements the same three methods:
``attach(deliver)`` once, ``publish(event, data)`` on every emit, and ``close()``; it calls
``deliver(event, data)`` for every message it receives (including its own).
"""

from __future__ import annotations

import itertools
import logging
from typing import Any, Callable, Dict, List, Optional, Tuple

from .locks import RLock

__all__ = ["EventBus", "LocalBackend", "bus"]

log = logging.getLogger("specter.bus")

Listener = Callable[[Any], Any]


class LocalBackend:
    """Deliver every emit synchronously in this process."""

    def __init__(self) -> None:
        self._deliver: Optional[Callable[[str, Any], int]] = None

    def attach(self, deliver: Callable[[str, Any], int]) -> None:
        self._deliver = deliver

    def publish(self, event: str, data: Any) -> Optional[int]:
        assert self._deliver is not None, "LocalBackend.publish before attach"
        return self._deliver(event, data)

    def close(self) -> None:
        self._deliver = None


class _Subscription:
    __slots__ = ("seq", "fn", "owner", "once", "active")

    def __init__(self, seq: int, fn: Listener, owner: Any, once: bool) -> None:
        self.seq = seq
        self.fn = fn
        self.owner = owner
        self.once = once
        self.active = True


class EventBus:
    """Synchronous publish/subscribe with deterministic (subscription) order."""

    def __init__(self, backend: Any = None) -> None:
        self._lock = RLock()
        # Copy-on-write tuples: emit reads them without locking or copying.
        self._listeners: Dict[str, Tuple[_Subscription, ...]] = {}
        self._seq = itertools.count()
        self._backend: Any = None
        self._local = False
        self.set_backend(backend or LocalBackend())

    @property
    def backend(self) -> Any:
        return self._backend

    def set_backend(self, backend: Any) -> None:
        """Replace the delivery backend (closing the old one); listeners are kept."""
        for method in ("attach", "publish", "close"):
            if not callable(getattr(backend, method, None)):
                raise TypeError(f"bus backend {backend!r} must define {method}()")
        old, self._backend = self._backend, backend
        self._local = type(backend) is LocalBackend
        backend.attach(self.deliver)
        if old is not None:
            old.close()

    def on(self, event: str, fn: Listener, *, owner: Any = None, once: bool = False) -> Callable[[], None]:
        """Subscribe ``fn(data)`` to ``event``; returns a function that unsubscribes it."""
        if not isinstance(event, str) or not event:
            raise ValueError(f"bus event names are non-empty strings, got {event!r}")
        if not callable(fn):
            raise TypeError(f"bus listener for {event!r} must be callable, got {fn!r}")
        sub = _Subscription(next(self._seq), fn, owner, once)
        with self._lock:
            self._listeners[event] = self._listeners.get(event, ()) + (sub,)

        def unsubscribe() -> None:
            self._remove(event, sub)

        return unsubscribe

    subscribe = on

    def once(self, event: str, fn: Listener, *, owner: Any = None) -> Callable[[], None]:
        """Subscribe ``fn`` for the next ``event`` only."""
        return self.on(event, fn, owner=owner, once=True)

    def _remove(self, event: str, sub: _Subscription) -> None:
        with self._lock:
            sub.active = False
            subs = self._listeners.get(event, ())
            if sub in subs:
                remaining = tuple(s for s in subs if s is not sub)
                if remaining:
                    self._listeners[event] = remaining
                else:
                    del self._listeners[event]

    def off(self, event: str, fn: Optional[Listener] = None) -> int:
        """Remove listeners of ``event`` (all, or only ``fn``); returns how many were removed."""
        with self._lock:
            subs = [s for s in self._listeners.get(event, []) if fn is None or s.fn == fn]
            for sub in subs:
                self._remove(event, sub)
            return len(subs)

    def clear(self, owner: Any = None) -> int:
        """Remove every listener of ``owner`` (or every listener when owner is None)."""
        with self._lock:
            doomed: List[Tuple[str, _Subscription]] = [
                (event, s)
                for event, subs in self._listeners.items()
                for s in subs
                if owner is None or s.owner is owner
            ]
            for event, sub in doomed:
                self._remove(event, sub)
            return len(doomed)

    def listener_count(self, event: Optional[str] = None) -> int:
        """How many listeners ``event`` has (or all events when None)."""
        with self._lock:
            if event is None:
                return sum(len(s) for s in self._listeners.values())
            return len(self._listeners.get(event, ()))

    def emit(self, event: str, data: Any = None) -> int:
        """Publish ``data`` on ``event``; returns how many local listeners ran (0 if remote)."""
        if self._local:
            return self.deliver(event, data)
        delivered = self._backend.publish(event, data)
        return delivered if isinstance(delivered, int) else 0

    def deliver(self, event: str, data: Any) -> int:
        """Run this process's listeners of ``event`` in order (backends call this)."""
        subs = self._listeners.get(event)
        if not subs:
            return 0
        count = 0
        for sub in subs:
            if not sub.active:
                continue  # unsubscribed by an earlier listener during this emit
            if sub.once:
                self._remove(event, sub)
            count += 1
            try:
                sub.fn(data)
            except Exception:
                log.exception("bus listener %r for event %r failed", sub.fn, event)
        return count


bus = EventBus()
"""The process-wide bus."""
