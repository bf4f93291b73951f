"""``resource(path, handler=Clock)``: RESTSockets declared next to pages.

A route folder's ``page.py`` or ``resource.py`` may assign ``resource(...)`` at module level;
the app registers its URL (GET: the current value; WebSocket upgrade: the stream) behind the
request guard: an upgrade must come from the app's own origin. ``handler`` is a specter
``Resource`` subclass (or instance); ``path`` overrides its ``route``.

The browser's ``stream()`` asks for the value with ``X-Sprag-Wire: 1``; a JSON value is then
answered in the wire's JSON (:mod:`sprag.wire`: an int past 2**53 or an integral float arrives
exact in compiled code) and marked with the same header. Other clients get plain JSON. A
resource's WebSocket messages are its own text; send ``sprag.wire.to_json(value)`` for the same
exactness (``stream()`` decodes the tags in messages of a resource that speaks the wire).
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, List, Optional, Union

from specter import HTTPError, Resource

__all__ = ["resource", "ResourceDecl", "discover_resources"]


@dataclass
class ResourceDecl:
    """A declared resource: its URL rule and the Resource serving it."""

    path: str
    handler: Resource
    source: str = field(default="")

    def describe(self) -> dict:
        return {"path": self.path, "resource": type(self.handler).__name__, "source": self.source}


def _rule(path: str) -> str:
    """``/things/[id]`` (the page folder syntax) -> ``/things/<id>`` (a Flask rule)."""
    import re

    path = re.sub(r"\[\.\.\.(\w+)\]", r"<path:\1>", path)
    return re.sub(r"\[(\w+)\]", r"<\1>", path)


def resource(path: Optional[str] = None, handler: Union[type, Resource, None] = None) -> ResourceDecl:
    """Declare a RESTSockets resource at ``path`` served by ``handler`` (a Resource class)."""
    if handler is None:
        raise TypeError("resource(path, handler=MyResource): handler is required")
    if isinstance(handler, type):
        if not issubclass(handler, Resource):
            raise TypeError(f"resource(handler=...) must be a specter Resource subclass, got {handler.__name__}")
        instance = handler(route=_rule(path)) if path else handler()
    elif isinstance(handler, Resource):
        instance = handler
        if path:
            instance.route = _rule(path)
    else:
        raise TypeError(f"resource(handler=...) must be a specter Resource subclass, got {handler!r}")
    return ResourceDecl(instance.route, instance)


def discover_resources(dotted: Optional[str]) -> List[ResourceDecl]:
    """Every ``resource(...)`` assigned in a ``page.py`` or ``resource.py`` under ``dotted``."""
    from ..discovery import import_route_file, package_dir, route_files

    if not dotted:
        return []
    root = package_dir(dotted)
    if root is None:
        return []
    found: List[ResourceDecl] = []
    seen = set()
    for file in route_files(root, "page.py", "resource.py"):
        try:
            module = import_route_file(dotted, root, Path(file))
        except Exception as exc:
            raise ImportError(f"could not import {file}: {type(exc).__name__}: {exc}") from exc
        for value in vars(module).values():
            if isinstance(value, ResourceDecl) and id(value) not in seen:
                seen.add(id(value))
                value.source = str(file)
                found.append(value)
    importlib.invalidate_caches()
    return found


def register_resources(host: Any, decls: List[ResourceDecl]) -> None:
    """Add each resource's URL through the feature host and start it with the app; a
    WebSocket upgrade from another site is refused (403) before the resource runs."""
    guard = host.guard

    def same_origin_upgrade(res: Resource) -> None:
        from flask import request

        from specter.resources import is_websocket_upgrade

        if is_websocket_upgrade(request.environ) and not guard.same_origin():
            raise HTTPError("Cross-site WebSocket connections are refused", 403)
        return None

    for n, decl in enumerate(decls):
        handler = decl.handler

        def view(_handler: Resource = handler, **params: Any) -> Any:
            return _wire_json(_handler.serve(params, same_origin_upgrade))

        host.add_resource_route(decl.path, view, endpoint=f"sprag_resource_{n}")
        host.add_service(handler)


#: The request header the browser's ``stream()`` sends, and the answer's mark.
WIRE_HEADER = "X-Sprag-Wire"


def _wire_json(answer: Any) -> Any:
    """A JSON answer re-encoded in the wire's JSON when the request asked for it."""
    from flask import Response, request

    if not isinstance(answer, Response) or answer.mimetype != "application/json" or answer.direct_passthrough:
        return answer
    answer.vary.add(WIRE_HEADER)
    if request.headers.get(WIRE_HEADER) != "1":
        return answer
    from ..wire import to_json

    try:
        value = json.loads(answer.get_data())
    except ValueError:
        return answer  # not JSON after all: as the resource wrote it
    answer.set_data(to_json(value))
    answer.headers[WIRE_HEADER] = "1"
    return answer
