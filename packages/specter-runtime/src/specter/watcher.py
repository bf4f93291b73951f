"""Polling or stream-following observation loop with retry and backoff: :class:`Watcher`.

``poll=fn`` calls ``fn()`` every ``interval`` seconds; ``stream=fn`` iterates ``fn()`` and
reconnects when the iterator ends or fails. After a failure the watcher waits
``interval * 2**(failures-1)`` seconds (capped at ``max_backoff``); any success resets it.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Iterable, Optional

import gevent

from .service import Service

__all__ = ["Watcher", "WatcherError"]

log = logging.getLogger("specter.watcher")


class WatcherError(RuntimeError):
    """A watcher was misconfigured, or its source failed with ``retry=False`` (see ``__cause__``)."""


class Watcher(Service):
    """Observe a source; each new value goes to ``on_value``, the state and (optionally) the bus.

    State keys: ``value``, ``error`` (str or None), ``failures``, ``updates``, ``last_success``.
    """

    def __init__(
        self,
        name: Optional[str] = None,
        *,
        poll: Optional[Callable[[], Any]] = None,
        stream: Optional[Callable[[], Iterable[Any]]] = None,
        interval: float = 5.0,
        retry: bool = True,
        max_backoff: float = 30.0,
        dedupe: bool = False,
        transform: Optional[Callable[[Any], Any]] = None,
        on_value: Optional[Callable[[Any], Any]] = None,
        on_error: Optional[Callable[[BaseException, int, Optional[float]], Any]] = None,
        event: Optional[str] = None,
        **service_options: Any,
    ) -> None:
        if (poll is None) == (stream is None):
            raise WatcherError("Watcher needs exactly one source: poll=callable or stream=callable")
        source = poll if poll is not None else stream
        if not callable(source):
            raise WatcherError(f"Watcher source must be callable, got {source!r}")
        for label, seconds in (("interval", interval), ("max_backoff", max_backoff)):
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds <= 0:
                raise WatcherError(f"Watcher {label} must be seconds > 0, got {seconds!r}")
        super().__init__(
            name,
            {"value": None, "error": None, "failures": 0, "updates": 0, "last_success": None},
            **service_options,
        )
        self.poll_fn = poll
        self.stream_fn = stream
        self.interval_seconds = float(interval)
        self.retry = bool(retry)
        self.max_backoff = float(max_backoff)
        self.dedupe = bool(dedupe)
        self.transform = transform
        self.event = event
        self._on_value_cb = on_value
        self._on_error_cb = on_error
        self.failures = 0
        self.error: Optional[WatcherError] = None
        self._last: Any = _NOTHING

    @property
    def mode(self) -> str:
        return "poll" if self.poll_fn is not None else "stream"

    def backoff_delay(self) -> float:
        """The wait after the current number of consecutive failures."""
        if self.failures <= 0:
            return self.interval_seconds
        return min(self.max_backoff, self.interval_seconds * (2 ** (self.failures - 1)))

    def subscribe(
        self,
        fn: Callable[[Any, Watcher], Any],
        immediate: bool = False,
        owner: Any = None,
        selector: Any = None,
    ) -> Callable[[], None]:
        """Call ``fn(value, watcher)`` for each new value; returns an unsubscriber.

        This is the specter-runtime 0.1.x subscriber form. With ``selector`` (a state key such
        as ``"error"`` or a callable over the state) ``fn(selected, watcher)`` runs when that
        part of the state changes instead. ``immediate=True`` also calls it once now.
        """
        if not callable(fn):
            raise TypeError(f"watcher {self.name!r}: subscriber must be callable, got {fn!r}")
        if selector is None:
            def deliver(_updates: Any) -> None:
                fn(self._state_obj.get("value"), self)

            return self._state_obj.subscribe(deliver, selector="updates", immediate=immediate,
                                             owner=owner)
        return self._state_obj.subscribe(lambda selected: fn(selected, self), selector=selector,
                                         immediate=immediate, owner=owner)

    # hooks --------------------------------------------------------------------------------
    def on_value(self, value: Any) -> None:
        """Override (or pass ``on_value=``) to consume each new value."""
        if self._on_value_cb is not None:
            self._on_value_cb(value)

    def on_error(self, error: BaseException, failures: int, delay: Optional[float]) -> None:
        """Override (or pass ``on_error=``); ``delay`` is None when the watcher gave up."""
        if self._on_error_cb is not None:
            self._on_error_cb(error, failures, delay)

    # loop ---------------------------------------------------------------------------------
    def _before_start(self) -> None:
        self.failures = 0
        self.error = None
        self._last = _NOTHING
        self.spawn(self._run)

    def _run(self) -> None:
        while True:
            try:
                if self.poll_fn is not None:
                    self._accept(self.poll_fn())
                else:
                    for raw in self.stream_fn():  # type: ignore[misc]
                        self._accept(raw)
                gevent.sleep(self.interval_seconds)
            except gevent.GreenletExit:
                raise
            except Exception as exc:
                self.failures += 1
                if not self.retry:
                    self.error = WatcherError(f"watcher {self.name!r} failed: {exc!r}")
                    self.error.__cause__ = exc
                    self.set_state({"error": str(exc), "failures": self.failures})
                    self._hook(self.on_error, exc, self.failures, None)
                    return
                delay = self.backoff_delay()
                self.set_state({"error": str(exc), "failures": self.failures})
                self._hook(self.on_error, exc, self.failures, delay)
                gevent.sleep(delay)

    def _accept(self, raw: Any) -> None:
        value = self.transform(raw) if self.transform is not None else raw
        self.failures = 0  # a success resets the backoff
        if self.dedupe and self._last is not _NOTHING and value == self._last:
            self.set_state({"error": None, "failures": 0, "last_success": time.time()})
            return
        self._last = value
        self.set_state({"value": value, "error": None, "failures": 0,
                        "updates": self.state.get("updates", 0) + 1, "last_success": time.time()})
        self._hook(self.on_value, value)
        if self.event:
            self.emit(self.event, value)

    def _hook(self, fn: Callable[..., Any], *args: Any) -> None:
        try:
            fn(*args)
        except Exception:
            log.exception("watcher %r: %s failed", self.name, getattr(fn, "__name__", fn))

    def health(self) -> dict:
        info = super().health()
        info.update(mode=self.mode, failures=self.failures, backoff=self.backoff_delay(),
                    error=str(self.error) if self.error else self.state.get("error"))
        return info


_NOTHING = object()
