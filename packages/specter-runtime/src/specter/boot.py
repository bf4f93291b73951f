"""Composition root: :class:`ServiceManager` and :func:`boot`.

``boot(app, socketio, services=[...], controllers=[...], handlers=[...], resources=[...])``
installs the JSON error handler, binds controllers' routes and events and resources' URLs,
provides every component in the registry under its name, and starts services, then controllers,
then resources, then handlers. ``shutdown()`` stops them in the opposite order (each group in
reverse), and removes only the registry entries this manager made.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Dict, Iterable, List, Optional

from .controller import Controller
from .http import install_error_handler
from .locks import RLock
from .registry import Registry
from .registry import registry as default_registry
from .resources import Resource
from .sockets import Handler, SocketIngress

__all__ = ["ServiceManager", "boot"]

log = logging.getLogger("specter.boot")


class ServiceManager:
    """Starts and stops a set of services, controllers and handlers as one unit."""

    def __init__(
        self,
        app: Any = None,
        socketio: Any = None,
        *,
        registry: Optional[Registry] = None,
        provide: bool = True,
    ) -> None:
        self.app = app
        self.socketio = socketio
        self.registry = registry if registry is not None else default_registry
        self.provide = provide
        self.services: List[Any] = []
        self.controllers: List[Controller] = []
        self.handlers: List[Handler] = []
        self.resources: List[Resource] = []
        self._removers: List[Callable[[], bool]] = []
        self._started: List[Any] = []
        self._running = False
        self._lock = RLock()

    @property
    def running(self) -> bool:
        return self._running

    def _register(self, group: List[Any], component: Any) -> Any:
        if any(component is c for c in self.components()):
            raise ValueError(f"{component!r} is already managed by this ServiceManager")
        name = getattr(component, "name", None)
        if self.provide and isinstance(name, str) and name:
            # replace=True: a newer app/manager takes the name over; our stale-safe remover
            # will not remove its entry when we shut down.
            self._removers.append(self.registry.provide(name, component, owner=self, replace=True))
        group.append(component)
        if self._running:
            self._start_one(component)
        return component

    def add_service(self, service: Any) -> Any:
        """Manage a Service (started before controllers and handlers)."""
        if not (callable(getattr(service, "start", None)) and callable(getattr(service, "stop", None))):
            raise TypeError(f"services need start() and stop(); got {service!r}")
        return self._register(self.services, service)

    def add_controller(self, controller: Controller) -> Controller:
        """Manage a Controller: its routes are registered on the app now."""
        if not isinstance(controller, Controller):
            raise TypeError(f"controllers must be specter.Controller instances; got {controller!r}")
        controller.bind(app=self.app, socketio=self.socketio)
        return self._register(self.controllers, controller)

    def add_handler(self, handler: Handler) -> Handler:
        """Manage a socket Handler, bound to the Socket.IO server's shared ingress."""
        if not isinstance(handler, Handler):
            raise TypeError(f"handlers must be specter.Handler instances; got {handler!r}")
        if handler.ingress is None:
            if self.socketio is None:
                raise ValueError(
                    f"handler {handler.name!r} needs a Socket.IO server: boot(app, socketio, ...)"
                )
            handler.bind(SocketIngress.for_socketio(self.socketio, handler.namespace))
        return self._register(self.handlers, handler)

    def add_resource(self, resource: Resource) -> Resource:
        """Manage a RESTSockets Resource: its URL is registered on the app now."""
        if not isinstance(resource, Resource):
            raise TypeError(f"resources must be specter.Resource instances; got {resource!r}")
        if self.app is None:
            raise ValueError(f"resource {resource.route!r} needs the Flask app: boot(app, ...)")
        resource.register(self.app)
        return self._register(self.resources, resource)

    def components(self) -> List[Any]:
        """Everything managed, in start order."""
        return self.services + self.controllers + self.resources + self.handlers

    def get(self, name: str) -> Any:
        """The managed component called ``name``."""
        for component in self.components():
            if getattr(component, "name", None) == name:
                return component
        raise KeyError(f"no managed service named {name!r}")

    def _start_one(self, component: Any) -> None:
        component.start()
        self._started.append(component)

    def start(self) -> ServiceManager:
        """Start services, controllers, handlers in order; on failure stop those started."""
        with self._lock:
            if self._running:
                return self
            try:
                for component in self.components():
                    self._start_one(component)
            except BaseException:
                log.error("boot failed; stopping the %d component(s) already started",
                          len(self._started))
                self._stop_started()
                raise
            self._running = True
            return self

    def _stop_started(self) -> None:
        for component in reversed(self._started):
            try:
                component.stop()
            except Exception:
                log.exception("stopping %r failed", component)
        self._started = []

    def shutdown(self) -> None:
        """Stop handlers, then controllers, then services (reverse order); idempotent."""
        with self._lock:
            if not self._running:
                return
            self._running = False
            order = (list(reversed(self.handlers)) + list(reversed(self.resources))
                     + list(reversed(self.controllers)) + list(reversed(self.services)))
            for component in order:
                if any(component is s for s in self._started):
                    try:
                        component.stop()
                    except Exception:
                        log.exception("stopping %r failed", component)
            self._started = []
            for remove in self._removers:
                remove()
            self._removers = []

    stop = shutdown

    def health(self) -> Dict[str, Any]:
        """``{"running", "components": [health...]}``."""
        return {
            "running": self._running,
            "components": [
                c.health() if callable(getattr(c, "health", None)) else {"name": repr(c)}
                for c in self.components()
            ],
        }


def boot(
    app: Any,
    socketio: Any = None,
    services: Iterable[Any] = (),
    controllers: Iterable[Controller] = (),
    handlers: Iterable[Handler] = (),
    resources: Iterable[Resource] = (),
    *,
    registry: Optional[Registry] = None,
    start: bool = True,
    provide: bool = True,
) -> ServiceManager:
    """Wire services, controllers, resources and handlers into ``app`` and start them.

    Returns the manager.

    Installs an error handler so any :class:`~specter.HTTPError` raised in any route becomes
    the JSON envelope ``{"error": ..., ...}`` with its status. The manager is also stored as
    ``app.extensions["specter"]``.
    """
    if app is None:
        raise ValueError("boot() needs the Flask app as its first argument")
    install_error_handler(app)
    manager = ServiceManager(app, socketio, registry=registry, provide=provide)
    try:
        for service in services:
            manager.add_service(service)
        for controller in controllers:
            manager.add_controller(controller)
        for handler in handlers:
            manager.add_handler(handler)
        for resource in resources:
            manager.add_resource(resource)
    except BaseException:
        for remove in manager._removers:
            remove()
        raise
    app.extensions["specter"] = manager
    if start:
        manager.start()
    return manager
