"""Composition-root service locator with late binding: :class:`Registry` and :data:`registry`.

``provide`` binds a key; ``resolve``/``require`` look it up; ``wait_for`` blocks the calling
greenlet until someone provides the key. Removal is owner-checked so that a stale owner's
cleanup never removes the value that replaced it.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional

from .locks import RLock

if TYPE_CHECKING:
    from gevent.event import Event

__all__ = ["Registry", "RegistryError", "registry"]

_MISSING = object()


class RegistryError(LookupError):
    """A key is missing, already bound, or was not provided in time."""


class _Entry:
    __slots__ = ("value", "owner", "token")

    def __init__(self, value: Any, owner: Any, token: int) -> None:
        self.value = value
        self.owner = owner
        self.token = token


class Registry:
    """Keyed values with owners; gevent-safe."""

    def __init__(self) -> None:
        self._lock = RLock()
        self._entries: Dict[str, _Entry] = {}
        self._waiters: Dict[str, Event] = {}
        self._tokens = itertools.count(1)

    def provide(
        self, key: str, value: Any, owner: Any = None, replace: bool = False
    ) -> Callable[[], bool]:
        """Bind ``key`` to ``value``; returns a remover that only removes *this* binding.

        Raises RegistryError when ``key`` is bound already, unless ``replace=True``.
        """
        if not isinstance(key, str) or not key:
            raise ValueError(f"registry keys are non-empty strings, got {key!r}")
        with self._lock:
            current = self._entries.get(key)
            if current is not None and not replace:
                raise RegistryError(
                    f"registry key {key!r} is already provided; pass replace=True to rebind it"
                )
            entry = _Entry(value, owner, next(self._tokens))
            self._entries[key] = entry
            waiter = self._waiters.pop(key, None)
        if waiter is not None:
            waiter.set()

        def remove() -> bool:
            return self._remove_entry(key, entry)

        return remove

    def _remove_entry(self, key: str, entry: _Entry) -> bool:
        with self._lock:
            if self._entries.get(key) is entry:
                del self._entries[key]
                return True
            return False

    def resolve(self, key: str, default: Any = None) -> Any:
        """The value bound to ``key``, or ``default``."""
        with self._lock:
            entry = self._entries.get(key)
        return default if entry is None else entry.value

    def require(self, key: str) -> Any:
        """The value bound to ``key``; raises RegistryError naming the known keys if missing."""
        value = self.resolve(key, _MISSING)
        if value is _MISSING:
            known = ", ".join(sorted(self._entries)) or "none"
            raise RegistryError(
                f"registry key {key!r} is not provided (known keys: {known}); "
                "provide it at startup or use wait_for()"
            )
        return value

    def has(self, key: str) -> bool:
        with self._lock:
            return key in self._entries

    def owner_of(self, key: str) -> Any:
        with self._lock:
            entry = self._entries.get(key)
        return None if entry is None else entry.owner

    def keys(self) -> List[str]:
        with self._lock:
            return sorted(self._entries)

    def wait_for(self, key: str, timeout: Optional[float] = None) -> Any:
        """Block this greenlet until ``key`` is provided; RegistryError after ``timeout`` s."""
        while True:
            with self._lock:
                entry = self._entries.get(key)
                if entry is not None:
                    return entry.value
                waiter = self._waiters.get(key)
                if waiter is None:
                    from gevent.event import Event

                    waiter = self._waiters[key] = Event()
            if not waiter.wait(timeout):
                raise RegistryError(f"registry key {key!r} was not provided within {timeout}s")

    def unregister(self, key: str, owner: Any = None) -> bool:
        """Remove ``key``. With ``owner``, only if that owner still holds it (stale-safe)."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or (owner is not None and entry.owner is not owner):
                return False
            del self._entries[key]
            return True

    def unregister_owner(self, owner: Any) -> List[str]:
        """Remove every key ``owner`` still holds; returns the removed keys."""
        with self._lock:
            keys = [k for k, e in self._entries.items() if e.owner is owner]
            for key in keys:
                del self._entries[key]
            return keys

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


registry = Registry()
"""The process-wide registry."""
