"""Event fan-out: deliver an event published on a channel to every subscriber of it
(the bus/SSE bridge). In one process the in-memory default; across processes Redis pub/sub.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Dict, List, Mapping, Protocol, runtime_checkable

__all__ = ["EventFanout", "InMemoryFanout", "Subscriber"]

log = logging.getLogger("sprag.backends")

#: Called with (channel, event) for each event published on a channel it subscribed to.
Subscriber = Callable[[str, Mapping[str, Any]], None]


@runtime_checkable
class EventFanout(Protocol):
    """Publish/subscribe by channel name; events are JSON-ready mappings."""

    def publish(self, channel: str, event: Mapping[str, Any]) -> None:
        """Deliver ``event`` to every current subscriber of ``channel`` (in any process)."""
        ...

    def subscribe(self, channel: str, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` for each event on ``channel``; returns the unsubscribe function."""
        ...


class InMemoryFanout(EventFanout):
    """Subscribers in this process, called synchronously; one failing subscriber is logged
    and does not stop the others."""

    def __init__(self) -> None:
        self._subscribers: Dict[str, List[Subscriber]] = {}
        self._lock = threading.Lock()

    def publish(self, channel: str, event: Mapping[str, Any]) -> None:
        with self._lock:
            targets = list(self._subscribers.get(channel, ()))
        for callback in targets:
            try:
                callback(channel, event)
            except Exception:  # noqa: BLE001 - one bad subscriber must not starve the rest
                log.exception("a subscriber of %r failed", channel)

    def subscribe(self, channel: str, callback: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.setdefault(channel, []).append(callback)

        def unsubscribe() -> None:
            with self._lock:
                callbacks = self._subscribers.get(channel, [])
                if callback in callbacks:
                    callbacks.remove(callback)
                if not callbacks:
                    self._subscribers.pop(channel, None)

        return unsubscribe

    def subscriber_count(self, channel: str) -> int:
        with self._lock:
            return len(self._subscribers.get(channel, ()))
