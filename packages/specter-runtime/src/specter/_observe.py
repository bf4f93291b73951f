"""Shared subscription machinery for Store and Model (selectors, change detection, batching)."""

from __future__ import annotations

import contextlib
import copy
import itertools
import logging
from typing import Any, Callable, Iterator, List, Optional

from .locks import RLock

log = logging.getLogger("specter.state")

_UNSET = object()


class _Sub:
    __slots__ = ("seq", "fn", "selector", "getter", "last", "owner", "active")

    def __init__(self, seq: int, fn: Callable[[Any], Any], selector: Any, owner: Any,
                 getter: Callable[[], Any]) -> None:
        self.seq = seq
        self.fn = fn
        self.selector = selector
        self.getter = getter
        self.last: Any = _UNSET
        self.owner = owner
        self.active = True


class Observable:
    """Base: ``subscribe(fn, selector=, immediate=, owner=)``, ``batch()``, ``close()``.

    Subclasses implement ``_select(selector)`` (the current selected value, never mutated in
    place afterwards) and call ``_changed()`` after each mutation, holding ``self._lock``.
    Subscribers run in subscription order while the lock is held, so every subscriber sees
    changes in the order they happened even with many concurrent greenlets writing.
    """

    def __init__(self, name: str) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"state containers need a non-empty name, got {name!r}")
        self.name = name
        self._lock = RLock()
        self._subs: List[_Sub] = []
        self._seq = itertools.count()
        self._batch_depth = 0
        self._dirty = False

    #: Whether subscribers get a deep copy of the selected value (Model) or the value (Store).
    _copy_on_deliver = True

    def _select(self, selector: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _getter(self, selector: Any) -> Callable[[], Any]:
        """A zero-argument function returning the selected value (subclasses specialise it)."""
        return lambda: self._select(selector)

    def subscribe(
        self,
        fn: Callable[[Any], Any],
        selector: Any = None,
        immediate: bool = False,
        owner: Any = None,
    ) -> Callable[[], None]:
        """Call ``fn(value)`` whenever the selected value changes; returns an unsubscriber.

        ``selector`` is None (whole state), a key/path string, or ``callable(state)``.
        ``immediate=True`` also calls ``fn`` once now with the current value.
        """
        if not callable(fn):
            raise TypeError(f"{self.name}: subscriber must be callable, got {fn!r}")
        with self._lock:
            sub = _Sub(next(self._seq), fn, selector, owner, self._getter(selector))
            sub.last = sub.getter()
            self._subs.append(sub)
            if immediate:
                self._call(sub, sub.last)

        def unsubscribe() -> None:
            with self._lock:
                sub.active = False
                if sub in self._subs:
                    self._subs.remove(sub)

        return unsubscribe

    def unsubscribe_owner(self, owner: Any) -> int:
        """Drop every subscription made with ``owner``."""
        with self._lock:
            doomed = [s for s in self._subs if s.owner is owner]
            for sub in doomed:
                sub.active = False
                self._subs.remove(sub)
            return len(doomed)

    def subscriber_count(self) -> int:
        return len(self._subs)

    def _call(self, sub: _Sub, value: Any) -> None:
        try:
            sub.fn(copy.deepcopy(value) if self._copy_on_deliver else value)
        except Exception:
            log.exception("%s: subscriber %r failed", self.name, sub.fn)

    def _changed(self) -> None:
        if self._batch_depth:
            self._dirty = True
            return
        for sub in tuple(self._subs):
            if not sub.active:
                continue
            value = sub.getter()
            last = sub.last
            if value is last or value == last:
                continue
            sub.last = value
            self._call(sub, value)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group several changes; subscribers are notified once at the end."""
        with self._lock:
            self._batch_depth += 1
            try:
                yield
            finally:
                self._batch_depth -= 1
                if not self._batch_depth and self._dirty:
                    self._dirty = False
                    self._changed()

    def close(self) -> None:
        """Drop every subscriber (the data stays readable)."""
        with self._lock:
            for sub in self._subs:
                sub.active = False
            self._subs.clear()

    def _selector_fn(self, selector: Any) -> Optional[Callable[[Any], Any]]:
        return selector if callable(selector) else None
