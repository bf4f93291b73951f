"""Feature composition root: :class:`Controller`.

A Controller is a Service that also declares HTTP routes (``build_routes(router)`` and
``@route`` methods), Socket.IO events (``build_events(handler)``), schemas and owned state.
:func:`specter.boot` binds it to the Flask app once (routes) and starts it (events, state).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Mapping, Optional

from .cache import Cache, create_cache
from .model import Model, create_model
from .routing import Router
from .schema import Schema
from .service import Service
from .sockets import Handler, SocketIngress
from .store import Store, create_store

__all__ = ["Controller"]


class Controller(Service):
    """Binds routes, socket events, schemas and state under one lifecycle.

    Extension points: ``build_routes(router)``, ``build_events(handler)``, ``router_class``
    and ``events_handler_class`` (what boot builds), ``url_prefix`` for the blueprint.
    """

    schemas: Mapping[str, Schema] = {}
    url_prefix: Optional[str] = None
    router_class = Router
    events_handler_class = Handler

    def __init__(self, name: Optional[str] = None, initial_state: Optional[Mapping[str, Any]] = None,
                 **service_options: Any) -> None:
        super().__init__(name, initial_state, **service_options)
        self.app: Any = None
        self.ingress: Optional[SocketIngress] = None
        self.router: Optional[Router] = None
        self.events_handler: Optional[Handler] = None

    def schema(self, name: str) -> Schema:
        """The schema declared under ``name`` in ``schemas``."""
        found = self.schemas.get(name)
        if found is None:
            known = ", ".join(sorted(self.schemas)) or "none"
            raise KeyError(f"controller {self.name!r} has no schema {name!r} (declared: {known})")
        return found

    def build_routes(self, router: Router) -> None:
        """Override: add routes with ``@router.route(...)``. ``@route`` methods are added for you."""

    def build_events(self, handler: Handler) -> None:
        """Override: ``handler.on(event, fn, priority=100)`` for Socket.IO events."""

    # binding ------------------------------------------------------------------------------
    def bind(self, app: Any = None, socketio: Any = None, ingress: Optional[SocketIngress] = None) -> Optional[Router]:
        """Attach to a Flask app (routes, once) and a Socket.IO server (events, every start).

        Returns the router (None if the controller declares no routes). Called by boot().
        """
        if socketio is not None and ingress is None:
            ingress = SocketIngress.for_socketio(socketio)
        if ingress is not None:
            self.ingress = ingress
        if app is not None and self.app is None:
            self.app = app
            router = self.router_class(self.name, self.url_prefix)
            router.include(self)
            self.build_routes(router)
            if router.routes:
                router.register(app)
                self.router = router
        return self.router

    def _after_start(self) -> None:
        if self.ingress is None:
            return
        handler = self.events_handler_class(f"{self.name}.events", ingress=self.ingress,
                                            bus=self.bus, registry=self.registry)
        self.build_events(handler)
        self.events_handler = self.adopt(handler)

    # owned state --------------------------------------------------------------------------
    def create_store(self, name: str, initial: Optional[Mapping[str, Any]] = None) -> Store:
        """A Store whose subscribers are dropped when this controller stops."""
        return self.own(create_store(name, initial), "close")

    def create_model(self, name: str, initial: Optional[Mapping[str, Any]] = None) -> Model:
        """A Model whose subscribers are dropped when this controller stops."""
        return self.own(create_model(name, initial), "close")

    def create_cache(self, name: str, ttl: float = 0, depends_on: Optional[Iterable[Any]] = None) -> Cache:
        """A Cache that stops listening to the bus when this controller stops."""
        return self.own(create_cache(name, ttl, depends_on, bus=self.bus), "close")

    def health(self) -> Dict[str, Any]:
        info = super().health()
        info["routes"] = self.router.routes if self.router is not None else []
        info["schemas"] = sorted(self.schemas)
        return info
