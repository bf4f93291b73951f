"""``store(name, initial=)``: one declaration, two runtimes.

On the server a store is a specter Model (nested, ``get set patch delete subscribe``); the
browser gets a copy hydrated from the page payload (``window.__SPRAG_PAYLOAD__.stores``).
A ``live=True`` store also pushes every server-side change to every browser copy (the
``sprag:store`` broadcast on the page's event stream).
"""

from __future__ import annotations

import copy
import threading
from typing import Any, Callable, Dict, Optional

from specter import create_model

__all__ = ["store", "SharedStore", "stores_snapshot", "registered_stores", "LIVE_EVENT", "adopt_store_change"]

#: The broadcast a live store's change goes out as: ``{"name": store, "state": new state}``.
LIVE_EVENT = "sprag:store"
LIVE_BROADCAST = "sprag:broadcast"

_stores: Dict[str, SharedStore] = {}
_lock = threading.Lock()


class SharedStore:
    """A named nested store; the same methods as the browser copy."""

    def __init__(self, name: str, initial: Optional[Dict[str, Any]] = None, live: bool = False) -> None:
        self.name = name
        self.initial = copy.deepcopy(initial or {})
        self._model = create_model(name, copy.deepcopy(self.initial))
        self.live = False
        self._adopting = False
        if live:
            self.make_live()

    def make_live(self) -> None:
        """Push every change from now on to the browsers (``store(..., live=True)``)."""
        if self.live:
            return
        self.live = True
        self._model.subscribe(self._push)

    def _push(self, state: Any) -> None:
        if self._adopting:
            return
        from specter import bus

        bus.emit(LIVE_BROADCAST, {"event": LIVE_EVENT, "payload": {"name": self.name, "state": state}})

    def adopt(self, state: Dict[str, Any]) -> None:
        """Take ``state`` from another process (its live change) without pushing it again."""
        if state == self._model.get():
            return
        self._adopting = True
        try:
            self._model.replace(state)
        finally:
            self._adopting = False

    def get(self, path: Optional[str] = None, default: Any = None) -> Any:
        """The whole state, or the value at dotted ``path``."""
        return self._model.get(path, default)

    def set(self, path: str, value: Any) -> None:
        self._model.set(path, value)

    def patch(self, partial: Dict[str, Any]) -> None:
        """Deep-merge ``partial`` into the state."""
        self._model.patch(partial)

    def delete(self, path: str) -> None:
        self._model.delete(path)

    def subscribe(self, fn: Callable[[Any], Any], selector: Optional[Callable[[Any], Any]] = None,
                  immediate: bool = False) -> Callable[[], None]:
        """Call ``fn(selector(state))`` when that selection changes; returns unsubscribe."""
        return self._model.subscribe(fn, selector=selector, immediate=immediate)

    def snapshot(self) -> Any:
        """A copy of the whole state."""
        return self._model.get()

    def __repr__(self) -> str:
        return f"store({self.name!r})"


def store(name: str, initial: Optional[Dict[str, Any]] = None, live: bool = False) -> SharedStore:
    """Declare (or fetch) the store ``name``. Declaring it twice returns the same store.

    ``live=True``: server-side ``set``/``patch``/``delete`` reach every browser copy."""
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"store name must be an identifier-like string, got {name!r}")
    if initial is not None and not isinstance(initial, dict):
        raise TypeError(f"store({name!r}, initial=...) must be a dict, got {type(initial).__name__}")
    with _lock:
        existing = _stores.get(name)
        if existing is not None:
            if live:
                existing.make_live()
            return existing
        created = SharedStore(name, initial, live=bool(live))
        _stores[name] = created
        return created


def adopt_store_change(body: Any) -> None:
    """A broadcast event delivered to this process: when it is a live store's change (made
    here or by another process of the app), the server copy takes the new state, so pages
    this process renders show it too."""
    if not isinstance(body, dict) or body.get("event") != LIVE_EVENT:
        return
    payload = body.get("payload")
    if not isinstance(payload, dict) or not isinstance(payload.get("state"), dict):
        return
    existing = _stores.get(payload.get("name"))  # type: ignore[arg-type]
    if existing is not None and existing.live:
        existing.adopt(payload["state"])


def registered_stores() -> Dict[str, SharedStore]:
    return dict(_stores)


def stores_snapshot() -> Dict[str, Any]:
    """Every store's current state, for the page payload."""
    return {name: s.snapshot() for name, s in list(_stores.items())}
