"""Class-based Flask Blueprint composition: :class:`Router` and the :func:`route` decorator.

Either subclass Router and decorate methods with ``@route``, or register plain functions with
``router.route(...)``; then ``router.register(app)`` (or ``app.register_blueprint(router.blueprint)``).
Any object's ``@route`` methods can be added with ``router.include(obj)`` (boot does this for
controllers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional

if TYPE_CHECKING:  # Flask loads when a blueprint is built, not when a router is defined
    from flask import Blueprint, Flask

__all__ = ["Router", "route"]

_ROUTES_ATTR = "__specter_routes__"


def route(rule: str, methods: Optional[Iterable[str]] = None, **options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a method as a route of its Router/Controller (``endpoint=`` and Flask options allowed)."""
    if not isinstance(rule, str) or not rule.startswith("/"):
        raise ValueError(f"route rules start with '/', got {rule!r}")

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        routes = list(getattr(fn, _ROUTES_ATTR, []))
        routes.append((rule, list(methods) if methods else None, options))
        setattr(fn, _ROUTES_ATTR, routes)
        return fn

    return decorate


def _blueprint_name(name: str) -> str:
    # Flask forbids dots in blueprint names; keep names readable.
    cleaned = re.sub(r"[^A-Za-z0-9_\-]", "_", name)
    return cleaned or "router"


class Router:
    """A group of routes that becomes one Flask Blueprint."""

    name: Optional[str] = None
    url_prefix: Optional[str] = None

    def __init__(self, name: Optional[str] = None, url_prefix: Optional[str] = None) -> None:
        raw = name or type(self).name or type(self).__name__
        self.name = _blueprint_name(raw)
        if url_prefix is not None:
            self.url_prefix = url_prefix
        self._routes: List[Dict[str, Any]] = []
        self._endpoints: Dict[str, Callable[..., Any]] = {}
        self._blueprint: Optional[Blueprint] = None
        self.include(self)

    def add(
        self,
        rule: str,
        view: Callable[..., Any],
        methods: Optional[Iterable[str]] = None,
        endpoint: Optional[str] = None,
        **options: Any,
    ) -> Callable[..., Any]:
        """Add ``view`` at ``rule``; the endpoint defaults to the view's name."""
        if self._blueprint is not None:
            raise RuntimeError(
                f"router {self.name!r} is already built into a blueprint; add routes before "
                "registering it"
            )
        if not isinstance(rule, str) or not rule.startswith("/"):
            raise ValueError(f"router {self.name!r}: route rules start with '/', got {rule!r}")
        endpoint = endpoint or getattr(view, "__name__", None) or f"view{len(self._routes)}"
        if endpoint in self._endpoints and self._endpoints[endpoint] != view:
            raise ValueError(
                f"router {self.name!r}: endpoint {endpoint!r} is used twice; pass endpoint='...'"
            )
        self._endpoints[endpoint] = view
        self._routes.append({"rule": rule, "view": view, "endpoint": endpoint,
                             "methods": [m.upper() for m in methods] if methods else ["GET"],
                             "options": options})
        return view

    def route(self, rule: str, methods: Optional[Iterable[str]] = None, **options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorator: ``@router.route("/x", methods=["POST"])`` adds a plain function."""

        def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
            self.add(rule, fn, methods, **options)
            return fn

        return decorate

    def include(self, obj: Any) -> int:
        """Add every ``@route``-decorated method of ``obj`` (bound to it); returns how many."""
        count = 0
        seen = set()
        for klass in type(obj).__mro__:
            for attr, value in vars(klass).items():
                if attr in seen:
                    continue
                seen.add(attr)
                marks = getattr(value, _ROUTES_ATTR, None)
                if not marks:
                    continue
                bound = getattr(obj, attr)
                for rule, methods, options in marks:
                    options = dict(options)
                    endpoint = options.pop("endpoint", None) or (
                        attr if len(marks) == 1 else f"{attr}_{count}"
                    )
                    self.add(rule, bound, methods, endpoint=endpoint, **options)
                    count += 1
        return count

    @property
    def routes(self) -> List[Dict[str, Any]]:
        """``[{"rule", "endpoint", "methods"}]`` for tooling (rules without the url prefix)."""
        return [{"rule": r["rule"], "endpoint": r["endpoint"], "methods": list(r["methods"])}
                for r in self._routes]

    @property
    def blueprint(self) -> Blueprint:
        """The Flask Blueprint (built once, on first access)."""
        if self._blueprint is None:
            from flask import Blueprint

            bp = Blueprint(self.name, __name__, url_prefix=self.url_prefix)
            for r in self._routes:
                bp.add_url_rule(r["rule"], endpoint=r["endpoint"], view_func=r["view"],
                                methods=r["methods"], **r["options"])
            self._blueprint = bp
        return self._blueprint

    def register(self, app: Flask, **options: Any) -> Blueprint:
        """Register the blueprint on ``app`` (Flask ``register_blueprint`` options allowed)."""
        app.register_blueprint(self.blueprint, **options)
        return self.blueprint

    def __repr__(self) -> str:
        return f"<Router {self.name!r} {len(self._routes)} routes>"
