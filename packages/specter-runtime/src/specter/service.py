"""Lifecycle owner for background work: :class:`Service`.

A Service owns what it starts: timers, greenlets, bus listeners, state watches, adopted child
services and cleanups. ``stop()`` tears them down in a fixed order:

1. ``on_stop()``
2. timers (``interval``/``timeout``) and greenlets (``spawn``/``spawn_later``) are killed
3. bus listeners (``listen``) and state watches (``watch``) are removed
4. adopted children are stopped, last adopted first
5. cleanups (``add_cleanup``/``own``/``start_process``) run last-in-first-out

If ``on_start`` raises, steps 2-5 run for whatever it registered and the error is re-raised:
there is no half-started service. ``start()`` and ``stop()`` are idempotent.
"""

from __future__ import annotations

import itertools
import logging
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Sequence

from .bus import EventBus
from .bus import bus as default_bus
from .locks import RLock
from .registry import Registry
from .registry import registry as default_registry
from .store import Store

if TYPE_CHECKING:
    import gevent

__all__ = ["Service"]

log = logging.getLogger("specter.service")

_STOP_METHODS = ("stop", "close", "shutdown", "terminate", "kill", "cancel", "dispose")


class _Child:
    __slots__ = ("service", "persistent")

    def __init__(self, service: Any, persistent: bool) -> None:
        self.service = service
        self.persistent = persistent


class Service:
    """Owns background work and tears it down deterministically.

    Subclass and override :meth:`on_start` / :meth:`on_stop`. Subclasses that need their own
    setup around ``on_start`` (as QueueService and Controller do) override the
    ``_before_start`` / ``_after_start`` hooks, which run inside the same guarded start.
    """

    #: Seconds to wait for killed greenlets to finish during teardown.
    kill_timeout: float = 5.0

    def __init__(
        self,
        name: Optional[str] = None,
        initial_state: Optional[Mapping[str, Any]] = None,
        *,
        bus: Optional[EventBus] = None,
        registry: Optional[Registry] = None,
    ) -> None:
        resolved = name or getattr(type(self), "name", None)
        if not isinstance(resolved, str) or not resolved:
            resolved = type(self).__name__
        self.name: str = resolved
        self.bus: EventBus = bus if bus is not None else default_bus
        self.registry: Registry = registry if registry is not None else default_registry
        self._state_obj: Any = Store(f"{self.name}.state", initial_state)
        self._life = RLock()
        self._phase = "stopped"
        self._started_at: Optional[float] = None
        self._ids = itertools.count(1)
        self._timers: Dict[int, gevent.Greenlet] = {}
        self._greenlets: List[gevent.Greenlet] = []
        self._listeners: List[Callable[[], Any]] = []
        self._children: List[_Child] = []
        self._cleanups: List[Callable[[], Any]] = []

    # lifecycle ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True between a successful ``start()`` and ``stop()``."""
        return self._phase == "running"

    @property
    def phase(self) -> str:
        """One of ``stopped``, ``starting``, ``running``, ``stopping``."""
        return self._phase

    def on_start(self) -> None:
        """Override: register timers, listeners, children. Runs inside ``start()``."""

    def on_stop(self) -> None:
        """Override: runs first during ``stop()``, while everything is still alive."""

    def _before_start(self) -> None:
        """Subclass hook: runs before ``on_start`` inside the guarded start."""

    def _after_start(self) -> None:
        """Subclass hook: runs after ``on_start`` inside the guarded start."""

    def start(self) -> Service:
        """Start the service (no-op if running or starting) and return it."""
        with self._life:
            if self._phase != "stopped":
                return self
            self._phase = "starting"
        # The lock is not held while user code runs: on_start may wait on greenlets that
        # register timers or listeners on this service.
        try:
            self._before_start()
            for child in list(self._children):
                if not getattr(child.service, "running", False):
                    child.service.start()
            self.on_start()
            self._after_start()
        except BaseException:
            log.error("service %r failed to start; tearing down what it registered", self.name)
            self._phase = "stopping"
            try:
                self._teardown(call_on_stop=False)
            finally:
                self._phase = "stopped"
            raise
        self._started_at = time.monotonic()
        self._phase = "running"
        return self

    def stop(self) -> None:
        """Stop the service and tear down everything it owns (no-op if not running)."""
        with self._life:
            if self._phase != "running":
                return
            self._phase = "stopping"
        try:
            self._teardown(call_on_stop=True)
        finally:
            self._phase = "stopped"
            self._started_at = None

    def _teardown(self, call_on_stop: bool) -> None:
        if call_on_stop:
            self._safely("on_stop", self.on_stop)
        import gevent

        current = gevent.getcurrent()
        with self._life:
            doomed = list(self._timers.values()) + list(self._greenlets)
            self._timers.clear()
            self._greenlets.clear()
            listeners, self._listeners = self._listeners, []
            children = list(self._children)
            self._children = [c for c in self._children if c.persistent]
            cleanups, self._cleanups = self._cleanups, []
        doomed = [g for g in doomed if g is not current and not g.dead]
        if doomed:
            gevent.killall(doomed, block=True, timeout=self.kill_timeout)
        for unsubscribe in reversed(listeners):
            self._safely("listener removal", unsubscribe)
        for child in reversed(children):
            self._safely(f"stopping child {getattr(child.service, 'name', child.service)!r}",
                         child.service.stop)
        for cleanup in reversed(cleanups):
            self._safely("cleanup", cleanup)

    def _safely(self, what: str, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception:
            log.exception("service %r: %s failed during teardown", self.name, what)

    def _require_active(self, what: str) -> None:
        if self._phase not in ("starting", "running"):
            raise RuntimeError(
                f"service {self.name!r} cannot {what} while {self._phase}; "
                "call it from on_start() or after start()"
            )

    # state --------------------------------------------------------------------------------
    @property
    def state(self) -> Any:
        """The service state: a :class:`~specter.Store` by default (Mapping-like).

        Assign a dict to replace the contents, or a Store/Model to use it as the state.
        """
        return self._state_obj

    @state.setter
    def state(self, value: Any) -> None:
        if hasattr(value, "subscribe") and hasattr(value, "patch") and hasattr(value, "get"):
            self._state_obj = value
        elif isinstance(value, Mapping):
            self._state_obj.replace(value)
        else:
            raise TypeError(f"service {self.name!r}: state must be a dict, Store or Model")

    def get_state(self) -> Dict[str, Any]:
        """A copy of the whole state."""
        return self._state_obj.get()

    def set_state(self, partial: Mapping[str, Any]) -> None:
        """Merge ``partial`` into the state; subscribers are notified on change."""
        self._state_obj.patch(partial)

    def subscribe(
        self,
        fn: Callable[[Any], Any],
        immediate: bool = False,
        owner: Any = None,
        selector: Any = None,
    ) -> Callable[[], None]:
        """Observe this service's state from outside; returns an unsubscriber."""
        return self._state_obj.subscribe(fn, selector=selector, immediate=immediate, owner=owner)

    def watch(self, fn: Callable[[Any], Any], selector: Any = None) -> Callable[[], None]:
        """Observe this service's own state (called now and on change) until it stops."""
        self._require_active("watch its state")
        unsubscribe = self._state_obj.subscribe(fn, selector=selector, immediate=True, owner=self)
        with self._life:
            self._listeners.append(unsubscribe)
        return unsubscribe

    # timers and greenlets -----------------------------------------------------------------
    def _check_seconds(self, seconds: float, what: str) -> float:
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
            raise ValueError(f"service {self.name!r}: {what} needs seconds >= 0, got {seconds!r}")
        return float(seconds)

    def _call_logged(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception:
            log.exception("service %r: %r failed", self.name, fn)
            return None

    def interval(self, fn: Callable[[], Any], seconds: float) -> int:
        """Call ``fn()`` every ``seconds`` until cancelled or stopped; returns a timer id."""
        self._require_active("start an interval")
        seconds = self._check_seconds(seconds, "interval()")
        if seconds == 0:
            raise ValueError(f"service {self.name!r}: interval() needs seconds > 0")

        import gevent

        def loop() -> None:
            while True:
                gevent.sleep(seconds)
                self._call_logged(fn)

        return self._add_timer(gevent.Greenlet(loop), 0.0)

    def timeout(self, fn: Callable[[], Any], seconds: float) -> int:
        """Call ``fn()`` once after ``seconds`` unless cancelled or stopped; returns a timer id."""
        self._require_active("start a timeout")
        seconds = self._check_seconds(seconds, "timeout()")
        timer_id = next(self._ids)
        import gevent

        def fire() -> None:
            self._timers.pop(timer_id, None)
            self._call_logged(fn)

        return self._add_timer(gevent.Greenlet(fire), seconds, timer_id)

    def _add_timer(self, glet: gevent.Greenlet, delay: float, timer_id: Optional[int] = None) -> int:
        timer_id = timer_id or next(self._ids)
        with self._life:
            self._timers[timer_id] = glet
        if delay:
            glet.start_later(delay)
        else:
            glet.start()
        return timer_id

    def _cancel_timer(self, timer_id: int) -> bool:
        with self._life:
            glet = self._timers.pop(timer_id, None)
        if glet is None:
            return False
        from gevent import getcurrent

        if glet is not getcurrent():
            glet.kill(block=False)
        return True

    def cancel_interval(self, timer_id: int) -> bool:
        """Stop an interval; returns False if it was not running."""
        return self._cancel_timer(timer_id)

    def cancel_timeout(self, timer_id: int) -> bool:
        """Cancel a pending timeout; returns False if it already fired or was cancelled."""
        return self._cancel_timer(timer_id)

    def spawn(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> gevent.Greenlet:
        """Run ``fn`` in a greenlet owned by this service (killed on stop)."""
        import gevent

        return self._track(gevent.Greenlet(fn, *args, **kwargs), 0.0)

    def spawn_later(
        self, seconds: float, fn: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> gevent.Greenlet:
        """Run ``fn`` after ``seconds`` in a greenlet owned by this service."""
        import gevent

        return self._track(gevent.Greenlet(fn, *args, **kwargs),
                           self._check_seconds(seconds, "spawn_later()"))

    def _track(self, glet: gevent.Greenlet, delay: float) -> gevent.Greenlet:
        self._require_active("spawn a greenlet")
        with self._life:
            self._greenlets.append(glet)
        glet.link(self._forget)
        if delay:
            glet.start_later(delay)
        else:
            glet.start()
        return glet

    def _forget(self, glet: gevent.Greenlet) -> None:
        # Link callbacks run in the hub, which must never block: no lock here (no yield either).
        if glet in self._greenlets:
            self._greenlets.remove(glet)

    # bus ----------------------------------------------------------------------------------
    def listen(self, event: str, fn: Callable[[Any], Any]) -> Callable[[], None]:
        """Subscribe ``fn(data)`` to a bus event until this service stops."""
        self._require_active("listen to the bus")
        unsubscribe = self.bus.on(event, fn, owner=self)
        with self._life:
            self._listeners.append(unsubscribe)
        return unsubscribe

    def emit(self, event: str, data: Any = None) -> int:
        """Publish on the bus; returns how many local listeners ran."""
        return self.bus.emit(event, data)

    # ownership ----------------------------------------------------------------------------
    def adopt(self, child: Any) -> Any:
        """Own a child service: started now (or when this one starts), stopped before cleanups.

        Children adopted before ``start()`` are kept across restarts; children adopted while
        running belong to that run only.
        """
        if not (callable(getattr(child, "start", None)) and callable(getattr(child, "stop", None))):
            raise TypeError(f"service {self.name!r}: adopt() needs an object with start()/stop()")
        with self._life:
            if any(c.service is child for c in self._children):
                return child
            persistent = self._phase == "stopped"
            self._children.append(_Child(child, persistent))
        if not persistent and not getattr(child, "running", False):
            child.start()
        return child

    def own(self, resource: Any, stop_method: Optional[str] = None) -> Any:
        """Release ``resource`` during teardown by calling its ``stop_method`` (or stop/close...)."""
        if stop_method is not None:
            method = getattr(resource, stop_method, None)
            if not callable(method):
                raise TypeError(f"{resource!r} has no method {stop_method!r} to release it with")
        elif callable(resource) and not hasattr(resource, "__self__") and not any(
            callable(getattr(resource, m, None)) for m in _STOP_METHODS
        ):
            method = resource
        else:
            method = next((getattr(resource, m) for m in _STOP_METHODS
                           if callable(getattr(resource, m, None))), None)
            if method is None:
                raise TypeError(
                    f"don't know how to release {resource!r}; pass stop_method='...' "
                    f"(tried {', '.join(_STOP_METHODS)})"
                )
        self.add_cleanup(method)
        return resource

    def add_cleanup(self, fn: Callable[[], Any]) -> Callable[[], Any]:
        """Run ``fn()`` at the end of teardown (cleanups run last-in-first-out)."""
        if not callable(fn):
            raise TypeError(f"service {self.name!r}: add_cleanup() needs a callable, got {fn!r}")
        with self._life:
            self._cleanups.append(fn)
        return fn

    def provide(self, key: str, value: Any, replace: bool = False) -> Callable[[], bool]:
        """Provide ``key`` in the registry until this service stops (stale-safe removal)."""
        remove = self.registry.provide(key, value, owner=self, replace=replace)
        self.add_cleanup(remove)
        return remove

    def start_process(self, args: Sequence[str], **popen: Any) -> Any:
        """Start a :class:`~specter.ManagedProcess` owned by this service (stopped on teardown)."""
        from .process import ManagedProcess

        self._require_active("start a process")
        process = ManagedProcess(args, **popen)
        process.start()
        self.own(process, "stop")
        return process

    # introspection ------------------------------------------------------------------------
    def health(self) -> Dict[str, Any]:
        """A JSON-friendly status: name, running, uptime and what the service owns."""
        with self._life:
            return {
                "name": self.name,
                "running": self.running,
                "phase": self._phase,
                "uptime": (time.monotonic() - self._started_at) if self._started_at else 0.0,
                "timers": len(self._timers),
                "greenlets": len([g for g in self._greenlets if not g.dead]),
                "listeners": len(self._listeners),
                "children": [
                    c.service.health() if callable(getattr(c.service, "health", None))
                    else {"name": repr(c.service)}
                    for c in self._children
                ],
                "cleanups": len(self._cleanups),
            }

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} {self._phase}>"
