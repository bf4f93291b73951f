"""Cooperative locks that import gevent on first use: :class:`RLock`.

specter's objects (the default bus, registry, stores, services) are created when their
modules are imported, and each holds a lock. Creating gevent's lock there would make every
``import specter`` pay for importing gevent (~20 ms with greenlet and zope.interface), even
in a process that never runs a hub, such as ``sprag build``. This lock behaves as
``gevent.lock.RLock`` (it is one, made the first time it is taken).
"""

from __future__ import annotations

import threading
from typing import Any, Optional

__all__ = ["RLock"]

_making = threading.Lock()  # two OS threads taking a fresh lock at once get the same one


class RLock:
    """A re-entrant, greenlet-aware lock: ``gevent.lock.RLock``, created on first use."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        self._lock: Any = None

    def _make(self) -> Any:
        with _making:
            if self._lock is None:
                from gevent.lock import RLock as GeventRLock

                self._lock = GeventRLock()
        return self._lock

    def acquire(self, blocking: bool = True, timeout: Optional[float] = None) -> bool:
        lock = self._lock or self._make()
        return lock.acquire(blocking, timeout)

    def release(self) -> None:
        if self._lock is None:
            raise RuntimeError("cannot release un-acquired lock")
        self._lock.release()

    def __enter__(self) -> bool:
        lock = self._lock or self._make()
        return lock.__enter__()

    def __exit__(self, kind: Any, value: Any, traceback: Any) -> None:
        self._lock.__exit__(kind, value, traceback)

    def __repr__(self) -> str:
        return f"<specter lazy {self._lock!r}>" if self._lock is not None else "<specter lazy RLock (unused)>"
