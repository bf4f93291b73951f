"""Failed sign-in attempts: the ``AttemptStore`` protocol behind login throttling, and its
in-memory default (Redis implements the same protocol when an app runs several processes).

A key is an account (``"account:ada"``) or a client address (``"client:203.0.113.9"``); the
store keeps the times of its recent failures within a sliding window.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Deque, Dict, Protocol, Tuple, runtime_checkable

__all__ = ["AttemptStore", "InMemoryAttemptStore"]


@runtime_checkable
class AttemptStore(Protocol):
    """Counts failures per key within a sliding window of ``window`` seconds."""

    def failures(self, key: str, window: float) -> Tuple[int, float]:
        """``(count, retry_after)``: failures of ``key`` in the last ``window`` seconds and
        the seconds until the oldest of them leaves the window (0 when there are none)."""
        ...

    def record(self, key: str, window: float) -> None:
        """Count one failure of ``key`` now (older ones than ``window`` may be forgotten)."""
        ...

    def clear(self, key: str) -> None:
        """Forget every failure of ``key`` (a successful sign-in of that account)."""
        ...


class InMemoryAttemptStore:
    """Failure times per key in a dict of deques; at most ``max_keys`` keys (the least
    recently failed are dropped first, so a flood of addresses cannot grow it without end)."""

    def __init__(self, max_keys: int = 100_000) -> None:
        self._times: Dict[str, Deque[float]] = {}
        self._lock = threading.Lock()
        self.max_keys = max_keys

    def _live(self, key: str, window: float, now: float) -> Deque[float]:
        times = self._times.get(key)
        if times is None:
            return deque()
        while times and now - times[0] >= window:
            times.popleft()
        if not times:
            del self._times[key]
        return times

    def failures(self, key: str, window: float) -> Tuple[int, float]:
        now = time.time()
        with self._lock:
            times = self._live(key, window, now)
            if not times:
                return 0, 0.0
            return len(times), max(0.0, window - (now - times[0]))

    def record(self, key: str, window: float) -> None:
        now = time.time()
        with self._lock:
            times = self._live(key, window, now)
            if key not in self._times:
                if len(self._times) >= self.max_keys:
                    self._times.pop(next(iter(self._times)))
                self._times[key] = times
            else:  # most recently failed last: dicts keep insertion order
                self._times[key] = self._times.pop(key)
            times.append(now)

    def clear(self, key: str) -> None:
        with self._lock:
            self._times.pop(key, None)

    def __len__(self) -> int:
        return len(self._times)
