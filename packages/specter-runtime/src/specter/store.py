"""Flat shared state: :class:`Store` and :func:`create_store` (gevent-safe)."""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator, Mapping, Optional

from ._observe import Observable

__all__ = ["Store", "create_store"]

_MISSING = object()


class Store(Observable):
    """A flat key/value state container with change subscriptions.

    ``subscribe(fn, selector=None|"key"|callable, immediate=False)`` calls ``fn`` only when
    the selected value changes. Also a read-only Mapping (``store["k"]``, ``"k" in store``).
    """

    def __init__(self, name: str, initial: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(name)
        if initial is not None and not isinstance(initial, Mapping):
            raise TypeError(f"store {name!r}: initial state must be a dict, got {initial!r}")
        self._data: Dict[str, Any] = dict(initial or {})

    # reading -------------------------------------------------------------------------------
    def _select(self, selector: Any) -> Any:
        if selector is None:
            return dict(self._data)
        if isinstance(selector, str):
            return self._data.get(selector)
        if callable(selector):
            return selector(dict(self._data))
        raise TypeError(f"store {self.name!r}: selector must be a key or callable, got {selector!r}")

    _copy_on_deliver = False

    def _getter(self, selector: Any) -> Callable[[], Any]:
        if isinstance(selector, str):
            return lambda: self._data.get(selector)
        self._select(selector)  # validates the selector now, not at the first change
        return lambda: self._select(selector)

    def get(self, key: Any = _MISSING, default: Any = None) -> Any:
        """``get()`` -> a copy of the whole state; ``get(key, default)`` -> one value."""
        with self._lock:
            if key is _MISSING:
                return dict(self._data)
            return self._data.get(key, default)

    def snapshot(self) -> Dict[str, Any]:
        """A shallow copy of the whole state."""
        return self.get()

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._data))

    def __len__(self) -> int:
        return len(self._data)

    def keys(self):  # noqa: D102 - Mapping-style helpers
        return self.get().keys()

    def items(self):
        return self.get().items()

    def values(self):
        return self.get().values()

    # writing -------------------------------------------------------------------------------
    def set(self, key: Any, value: Any = _MISSING) -> None:
        """Set one key; subscribers run if something they select changed.

        ``set(partial_dict)`` (the specter-runtime 0.1.x form) is the same as ``patch()``.
        """
        if value is _MISSING:
            if isinstance(key, Mapping):
                self.patch(key)
                return
            raise TypeError(
                f"store {self.name!r}: set() takes (key, value) or one dict of keys to merge, "
                f"got only {key!r}"
            )
        with self._lock:
            if key in self._data and self._data[key] is value:
                return
            self._data[key] = value
            self._changed()

    def patch(self, partial: Mapping[str, Any]) -> None:
        """Set several keys at once (one notification)."""
        if not isinstance(partial, Mapping):
            raise TypeError(f"store {self.name!r}: patch() takes a dict, got {partial!r}")
        with self._lock:
            self._data.update(partial)
            self._changed()

    def delete(self, key: str) -> bool:
        """Remove a key; returns whether it existed."""
        with self._lock:
            if key not in self._data:
                return False
            del self._data[key]
            self._changed()
            return True

    def update(self, mutator: Callable[[Dict[str, Any]], Optional[Mapping[str, Any]]]) -> Dict[str, Any]:
        """Atomically transform the state: ``mutator(copy)`` edits the copy or returns a new dict."""
        with self._lock:
            draft = dict(self._data)
            result = mutator(draft)
            new = draft if result is None else result
            if not isinstance(new, Mapping):
                raise TypeError(f"store {self.name!r}: update() mutator must return a dict or None")
            self._data = dict(new)
            self._changed()
            return dict(self._data)

    def replace(self, state: Mapping[str, Any]) -> None:
        """Replace the whole state."""
        if not isinstance(state, Mapping):
            raise TypeError(f"store {self.name!r}: replace() takes a dict, got {state!r}")
        with self._lock:
            self._data = dict(state)
            self._changed()

    def __repr__(self) -> str:
        return f"Store({self.name!r}, keys={list(self._data)})"


def create_store(name: str, initial: Optional[Mapping[str, Any]] = None) -> Store:
    """Create a flat, gevent-safe :class:`Store`. Share it through the registry if needed."""
    return Store(name, initial)
