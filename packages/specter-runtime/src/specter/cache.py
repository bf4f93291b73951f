"""Shared values with TTL expiry and bus-driven invalidation: :class:`Cache`, :func:`create_cache`.

A cache invalidates itself when any event in ``depends_on`` is emitted on the bus, and then
emits its own :attr:`Cache.event`, so caches that depend on it are invalidated in turn (a
cascade). Cycles are safe: a cache already invalidating in this greenlet does not re-emit.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Set, Tuple

from .bus import EventBus
from .bus import bus as default_bus
from .locks import RLock

if TYPE_CHECKING:
    from gevent.lock import Semaphore

__all__ = ["Cache", "create_cache"]

_MISSING = object()
_DEFAULT_KEY = "__default__"


class Cache:
    """A keyed cache (the key is optional: one value per cache is the common case).

    ``ttl`` is in seconds; 0 means entries never expire. ``None`` is a cacheable value.
    """

    def __init__(
        self,
        name: str,
        ttl: float = 0,
        depends_on: Optional[Iterable[Any]] = None,
        *,
        bus: Optional[EventBus] = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"a cache needs a non-empty name, got {name!r}")
        if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or ttl < 0:
            raise ValueError(f"cache {name!r}: ttl must be seconds >= 0, got {ttl!r}")
        self.name = name
        self.ttl = float(ttl)
        self.bus = bus if bus is not None else default_bus
        self._clock = clock
        self._lock = RLock()
        self._entries: Dict[Any, Tuple[Any, float]] = {}
        self._computing: Dict[Any, Semaphore] = {}
        self._generation = 0
        self._invalidating: Set[int] = set()
        self._unsubscribers: List[Callable[[], None]] = []
        self.depends_on: List[str] = []
        for dep in depends_on or ():
            event = dep.event if isinstance(dep, Cache) else dep
            if not isinstance(event, str) or not event:
                raise TypeError(f"cache {name!r}: depends_on takes event names or caches, got {dep!r}")
            self.depends_on.append(event)
            self._unsubscribers.append(self.bus.on(event, self._on_dependency, owner=self))

    @property
    def event(self) -> str:
        """The bus event this cache emits after it is invalidated."""
        return f"cache:{self.name}:invalidated"

    def _on_dependency(self, data: Any) -> None:
        self.invalidate()

    def _key(self, key: Any) -> Any:
        return _DEFAULT_KEY if key is None else key

    def _lookup(self, key: Any) -> Any:
        entry = self._entries.get(key)
        if entry is None:
            return _MISSING
        value, expires = entry
        if expires and self._clock() >= expires:
            del self._entries[key]
            return _MISSING
        return value

    def get(self, key: Any = None, default: Any = None) -> Any:
        """The cached value (which may be None), or ``default`` if missing or expired."""
        with self._lock:
            value = self._lookup(self._key(key))
        return default if value is _MISSING else value

    def has(self, key: Any = None) -> bool:
        """Whether a live (unexpired) value is cached, even if that value is None."""
        with self._lock:
            return self._lookup(self._key(key)) is not _MISSING

    def set(self, value: Any, key: Any = None) -> Any:
        """Cache ``value`` (under ``key``); returns it."""
        with self._lock:
            expires = self._clock() + self.ttl if self.ttl else 0.0
            self._entries[self._key(key)] = (value, expires)
        return value

    def get_or_compute(self, factory: Callable[[], Any], key: Any = None) -> Any:
        """Return the cached value, or call ``factory()`` once (other greenlets wait) and cache it.

        A value computed while the cache was invalidated is returned but not stored.
        """
        k = self._key(key)
        with self._lock:
            value = self._lookup(k)
            if value is not _MISSING:
                return value
            gate = self._computing.get(k)
            if gate is None:
                from gevent.lock import Semaphore

                gate = self._computing[k] = Semaphore()
        with gate:
            with self._lock:
                value = self._lookup(k)
                if value is not _MISSING:
                    return value
                generation = self._generation
            value = factory()
            with self._lock:
                if generation == self._generation:
                    self.set(value, key)
            return value

    def invalidate(self, key: Any = None) -> None:
        """Drop one key (or everything), then emit :attr:`event` so dependents follow."""
        from gevent import getcurrent

        me = id(getcurrent())
        with self._lock:
            if key is None:
                self._entries.clear()
            else:
                self._entries.pop(self._key(key), None)
            self._generation += 1
            if me in self._invalidating:
                return  # a dependency cycle brought us back here: already cascading
            self._invalidating.add(me)
        try:
            self.bus.emit(self.event, {"name": self.name, "key": key})
        finally:
            with self._lock:
                self._invalidating.discard(me)

    def keys(self) -> List[Any]:
        """Live keys (the default key is reported as None)."""
        with self._lock:
            live = [k for k in list(self._entries) if self._lookup(k) is not _MISSING]
        return [None if k == _DEFAULT_KEY else k for k in live]

    def close(self) -> None:
        """Stop listening to dependency events and drop every entry."""
        for unsubscribe in self._unsubscribers:
            unsubscribe()
        self._unsubscribers.clear()
        with self._lock:
            self._entries.clear()

    def __repr__(self) -> str:
        return f"Cache({self.name!r}, ttl={self.ttl}, depends_on={self.depends_on})"


def create_cache(
    name: str,
    ttl: float = 0,
    depends_on: Optional[Iterable[Any]] = None,
    *,
    bus: Optional[EventBus] = None,
) -> Cache:
    """Create a :class:`Cache`; ``depends_on`` lists bus events (or caches) that invalidate it."""
    return Cache(name, ttl, depends_on, bus=bus)
