"""Socket.IO events: :class:`SocketIngress` (fan-out dispatcher) and :class:`Handler`.

One SocketIngress per (Socket.IO server, namespace) owns the real Flask-SocketIO handler of each
event and fans it out to any number of listeners: lower ``priority`` runs first, ties run in
registration order, and the client's ack is the last non-None result. A listener raising
:class:`~specter.HTTPError` stops the dispatch and acks ``{"ok": False, "error", "status", ...}``;
any other exception is logged and the next listener runs.
"""

from __future__ import annotations

import inspect
import itertools
import logging
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from .http import HTTPError
from .locks import RLock
from .service import Service

__all__ = ["SocketIngress", "Handler"]

log = logging.getLogger("specter.sockets")

_INGRESS_ATTR = "_specter_ingresses"


def _positional_capacity(fn: Callable[..., Any]) -> Optional[int]:
    """How many positional args ``fn`` accepts (None = any)."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return None
    count = 0
    for p in params:
        if p.kind == p.VAR_POSITIONAL:
            return None
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            count += 1
    return count


class _Listener:
    __slots__ = ("priority", "seq", "fn", "owner", "capacity")

    def __init__(self, priority: int, seq: int, fn: Callable[..., Any], owner: Any) -> None:
        self.priority = priority
        self.seq = seq
        self.fn = fn
        self.owner = owner
        self.capacity = _positional_capacity(fn)


class SocketIngress:
    """Several prioritised listeners per Socket.IO event on one namespace."""

    def __init__(self, socketio: Any = None, namespace: str = "/") -> None:
        self.namespace = namespace or "/"
        self.socketio: Any = None
        self._lock = RLock()
        self._listeners: Dict[str, List[_Listener]] = {}
        self._wired: set = set()
        self._seq = itertools.count()
        if socketio is not None:
            self.bind(socketio)

    @classmethod
    def for_socketio(cls, socketio: Any, namespace: str = "/") -> SocketIngress:
        """The shared ingress of ``socketio`` for ``namespace`` (created on first use).

        Flask-SocketIO keeps one handler per event and namespace, so everything that listens
        on the same server and namespace must share one ingress.
        """
        table = getattr(socketio, _INGRESS_ATTR, None)
        if table is None:
            table = {}
            setattr(socketio, _INGRESS_ATTR, table)
        ns = namespace or "/"
        if ns not in table:
            table[ns] = cls(socketio, ns)
        return table[ns]

    def bind(self, socketio: Any) -> SocketIngress:
        """Attach to a Flask-SocketIO server (events already registered get wired now)."""
        if self.socketio is not None and self.socketio is not socketio:
            raise RuntimeError(f"socket ingress {self.namespace!r} is bound to another server")
        self.socketio = socketio
        for event in list(self._listeners):
            self._wire(event)
        return self

    def _wire(self, event: str) -> None:
        if self.socketio is None or event in self._wired:
            return

        def dispatcher(*args: Any) -> Any:
            return self.dispatch(event, *args)

        dispatcher.__name__ = f"specter_ingress_{event}"
        self.socketio.on_event(event, dispatcher, namespace=self.namespace)
        self._wired.add(event)

    def on(
        self, event: str, fn: Callable[..., Any], priority: int = 100, owner: Any = None
    ) -> Callable[[], None]:
        """Add a listener; returns a function that removes it."""
        if not isinstance(event, str) or not event:
            raise ValueError(f"socket event names are non-empty strings, got {event!r}")
        if not callable(fn):
            raise TypeError(f"socket listener for {event!r} must be callable, got {fn!r}")
        if isinstance(priority, bool) or not isinstance(priority, int):
            raise TypeError(f"socket listener priority must be an int, got {priority!r}")
        listener = _Listener(priority, next(self._seq), fn, owner)
        with self._lock:
            listeners = self._listeners.setdefault(event, [])
            listeners.append(listener)
            listeners.sort(key=lambda item: (item.priority, item.seq))
            self._wire(event)

        def remove() -> None:
            with self._lock:
                current = self._listeners.get(event, [])
                if listener in current:
                    current.remove(listener)

        return remove

    def remove_owner(self, owner: Any) -> int:
        """Remove every listener registered with ``owner``."""
        removed = 0
        with self._lock:
            for event, listeners in self._listeners.items():
                keep = [item for item in listeners if item.owner is not owner]
                removed += len(listeners) - len(keep)
                self._listeners[event] = keep
        return removed

    def listeners(self, event: str) -> List[Tuple[int, Callable[..., Any]]]:
        """``[(priority, fn)]`` in dispatch order."""
        with self._lock:
            return [(item.priority, item.fn) for item in self._listeners.get(event, [])]

    def events(self) -> List[str]:
        with self._lock:
            return sorted(e for e, items in self._listeners.items() if items)

    def dispatch(self, event: str, *args: Any) -> Any:
        """Run the listeners of ``event`` in order; returns the ack (last non-None result)."""
        with self._lock:
            listeners = list(self._listeners.get(event, []))
        ack = None
        for item in listeners:
            call_args = args if item.capacity is None else args[: item.capacity]
            try:
                result = item.fn(*call_args)
            except HTTPError as exc:
                body = exc.to_dict()
                body.update(ok=False, status=exc.status)
                return body
            except Exception:
                log.exception("socket listener %r for %r failed", item.fn, event)
                continue
            if result is not None:
                ack = result
        return ack


class Handler(Service):
    """Class-based Socket.IO events with a lifecycle.

    ``events = {"event": "method_name"}`` and ``event_priorities = {"event": 10}`` declare
    listeners; ``on(event, fn, priority=100)`` adds more (before or after start). Listeners are
    registered on the ingress at start and removed at stop. Set ``namespace`` to listen on a
    Flask-SocketIO namespace other than ``/``.
    """

    events: Mapping[str, str] = {}
    event_priorities: Mapping[str, int] = {}
    namespace: str = "/"

    def __init__(
        self,
        name: Optional[str] = None,
        *,
        ingress: Optional[SocketIngress] = None,
        namespace: Optional[str] = None,
        **service_options: Any,
    ) -> None:
        super().__init__(name, **service_options)
        if namespace is not None:
            self.namespace = namespace
        self.ingress: Optional[SocketIngress] = ingress
        self._declared: List[Tuple[str, Callable[..., Any], int]] = []

    @property
    def socketio(self) -> Any:
        """The Flask-SocketIO server this handler is bound to (None before binding)."""
        return self.ingress.socketio if self.ingress is not None else None

    def bind(self, target: Any) -> Handler:
        """Bind to a SocketIngress, or to a Flask-SocketIO server (its shared ingress)."""
        ingress = target if isinstance(target, SocketIngress) else SocketIngress.for_socketio(
            target, self.namespace)
        if self.running and ingress is not self.ingress:
            raise RuntimeError(f"handler {self.name!r} is running; stop it before rebinding")
        self.ingress = ingress
        return self

    def on(self, event: str, fn: Callable[..., Any], priority: int = 100) -> None:
        """Listen to ``event``: now if running, otherwise from the next start on."""
        if self._phase in ("starting", "running"):
            self._register(event, fn, priority)
        else:
            self._declared.append((event, fn, priority))

    def _register(self, event: str, fn: Callable[..., Any], priority: int) -> None:
        if self.ingress is None:
            raise RuntimeError(
                f"handler {self.name!r} has no socket ingress; pass it to boot(handlers=[...]) "
                "or call handler.bind(socketio) first"
            )
        remove = self.ingress.on(event, fn, priority, owner=self)
        self._listeners.append(remove)

    def _before_start(self) -> None:
        for event, method_name in dict(self.events).items():
            method = getattr(self, method_name, None)
            if not callable(method):
                raise AttributeError(
                    f"handler {self.name!r}: events maps {event!r} to {method_name!r}, "
                    f"which is not a method of {type(self).__name__}"
                )
            self._register(event, method, int(self.event_priorities.get(event, 100)))
        for event, fn, priority in self._declared:
            self._register(event, fn, priority)

    def emit_socket(self, event: str, data: Any = None, **options: Any) -> None:
        """Emit to Socket.IO clients on this handler's namespace (``to=``, ``room=`` ...)."""
        if self.socketio is None:
            raise RuntimeError(f"handler {self.name!r} is not bound to a Socket.IO server")
        options.setdefault("namespace", self.namespace)
        self.socketio.emit(event, data, **options)
