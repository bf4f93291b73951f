"""The action endpoint: POST ``/__sprag__/actions`` with ``{"route", "action", "payload"}``.

Every request passes the request guard (``http.guard``) before any controller code runs:
body size (413) and readability (400), same-origin and the signed CSRF token (403); then JSON shape (400),
route and action (404), schema (400). Only then is the method called; its result is one
envelope ``{"ok": true, "value": ..., "redirect": null}``. A rejected request changes nothing.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, Union

from specter import HTTPError

from ..backends.sessions import Session
from ..controller import bind_arguments
from ..surfaces import Surface
from ..urls import ACTION_PATH
from ..wire import WireError, from_json
from .auth import auth_requirement
from .errors import envelope
from .guard import CSRF_HEADER, GuardRule, Rejection, RequestGuard, auth_problem
from .redirects import Redirect

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Response

__all__ = ["ACTION_PATH", "CSRF_HEADER", "ActionEndpoint", "action_rule", "envelope", "method_not_allowed",
           "http_error", "finish", "ActionTarget", "fail"]

log = logging.getLogger("sprag.actions")


def action_rule(body_limit: int) -> GuardRule:
    """What an action request must pass: the body limit, same origin, session and CSRF."""
    return GuardRule(body_limit=body_limit, same_origin=True, session="required", csrf=True, label="action")


def fail(status: int, error: str, errors: Optional[Dict[str, str]] = None) -> Response:
    """The error envelope ``{"ok": false, "error", "errors"}`` with ``status``."""
    return envelope(status, False, error=error, errors=errors)


_fail = fail


def http_error(exc: HTTPError) -> Response:
    """The envelope of an HTTPError an action raised (with its ``headers``, e.g. Retry-After)."""
    response = _fail(exc.status, exc.message, exc.payload.get("errors"))
    for name, value in (getattr(exc, "headers", None) or {}).items():
        response.headers[name] = value
    return response


def method_not_allowed() -> Response:
    """GET/PUT/... on the action path: 405 with ``Allow: POST``."""
    response = envelope(405, False, error="Actions are called with POST {\"route\", \"action\", \"payload\"}")
    response.headers["Allow"] = "POST"
    return response


def _parse(raw: bytes) -> Tuple[Optional[Dict[str, Any]], Optional[Response]]:
    try:
        body = from_json(raw)
    except RecursionError:
        return None, _fail(400, "Request body is nested too deeply")
    except WireError as exc:
        return None, _fail(400, f"Request body has a malformed tag: {exc}")
    except (ValueError, UnicodeDecodeError):
        return None, _fail(400, "Request body is not valid JSON; send {\"route\", \"action\", \"payload\"}")
    if not isinstance(body, dict):
        return None, _fail(400, "Request body must be a JSON object {\"route\", \"action\", \"payload\"}")
    errors = {}
    if not isinstance(body.get("route"), str):
        errors["route"] = "required string"
    if not isinstance(body.get("action"), str):
        errors["action"] = "required string"
    payload = body.get("payload")
    if payload is None:
        body["payload"] = payload = {}
    if not isinstance(payload, dict):
        errors["payload"] = "must be a JSON object"
    if "path" in body and not isinstance(body["path"], str):
        errors["path"] = "must be a string"
    if errors:
        return None, _fail(400, "Malformed action request", errors)
    return body, None


class ActionEndpoint:
    """The Flask view behind ``POST /__sprag__/actions``.

    ``surface_by_route(route)``, ``controller_for(surface)`` and ``bind_request(surface,
    params, session, path)`` are the App's public lookups; ``dev`` adds tracebacks to 500s.
    """

    def __init__(
        self,
        guard: RequestGuard,
        rule: GuardRule,
        surface_by_route: Callable[[str], Optional[Surface]],
        controller_for: Callable[[Surface], Any],
        bind_request: Callable[[Surface, Dict[str, Any], Optional[Session], str], Any],
        dev: bool = False,
    ) -> None:
        self.guard = guard
        self.rule = rule
        self.surface_by_route = surface_by_route
        self.controller_for = controller_for
        self.bind_request = bind_request
        self.dev = dev

    def __call__(self) -> Response:
        admitted = self.guard.check(self.rule)
        if isinstance(admitted, Rejection):
            return admitted.response()
        response = self._run(admitted.body or b"", admitted.session)
        self.guard.sessions.write_cookie(response)  # a session the action created by storing
        return response

    def _run(self, raw: bytes, session: Optional[Session]) -> Response:
        body, problem = _parse(raw)
        if problem is not None:
            return problem
        return self._call(body, session)

    def _call(self, body: Dict[str, Any], session: Optional[Session]) -> Response:
        from flask import Response

        target = self.resolve(body["route"], body["action"], body.get("path"))
        if isinstance(target, Response):
            return target
        refused = self.check_auth(target, session)
        if refused is not None:  # before the payload: a stranger learns nothing of the schema
            return refused.response()
        values = self.validate(target, body["payload"])
        if isinstance(values, Response):
            return values
        return self.invoke(target, values, session)

    def resolve(self, route: str, action: str, path: Optional[str] = None) -> Union[ActionTarget, Response]:
        """The action ``action`` of route ``route`` (404 envelope when there is none)."""
        surface = self.surface_by_route(route)
        if surface is None:
            return _fail(404, f"Unknown route {route!r}")
        spec = surface.actions.get(action)
        if spec is None:
            return _fail(404, f"Unknown action {action!r} on route {surface.path!r}")
        params: Dict[str, Any] = {}
        if path is not None:
            matched = surface.pattern.match(path)
            if matched is None:
                return _fail(404, f"Path {path!r} does not belong to route {surface.path!r}")
            params = matched
        method = getattr(self.controller_for(surface), spec.method)
        return ActionTarget(surface, spec, method, params, path or surface.path)

    def check_auth(self, target: ActionTarget, session: Optional[Session]) -> Optional[Rejection]:
        """The guard's 401/403 for an action behind ``@requires_auth`` (None when it may run)."""
        need = auth_requirement(target.method)
        if need is None:
            return None
        user = self.guard.auth.user_for(session) if session is not None else None
        return auth_problem(user, need[0], need[1])

    def validate(self, target: ActionTarget, payload: Dict[str, Any]) -> Union[Dict[str, Any], Response]:
        """The payload checked by the action's schema (or its signature): the keyword
        arguments, or the 400 envelope naming each field."""
        try:
            if target.spec.schema is not None:
                return target.spec.schema.require(payload)
            return bind_arguments(target.method, payload)
        except HTTPError as exc:
            return _fail(exc.status, exc.message, exc.payload.get("errors"))
        except TypeError as exc:
            return _fail(400, f"Payload does not fit action {target.spec.name!r}: {exc}")

    def invoke(self, target: ActionTarget, values: Dict[str, Any], session: Optional[Session],
               files: Optional[Dict[str, List[Any]]] = None) -> Response:
        """Call the action with ``values`` (``files``: the uploads ``self.request`` shows)."""
        req = self.bind_request(target.surface, target.params, session, target.path)
        if files is not None:
            req.files = files
        try:
            result = target.method(**values)
        except Redirect as exc:
            return finish(exc, "")
        except HTTPError as exc:
            return http_error(exc)
        except Exception:
            log.exception("action %s.%s failed", target.surface.path, target.spec.name)
            return _fail(500, "The action failed on the server", None) if not self.dev else envelope(
                500, False, error="The action failed on the server", traceback=traceback.format_exc()
            )
        return finish(result, f"{target.surface.path}.{target.spec.name}")


@dataclass(frozen=True)
class ActionTarget:
    """A resolved action: its surface, spec, bound method, route params and request path."""

    surface: Surface
    spec: Any
    method: Callable[..., Any]
    params: Dict[str, Any]
    path: str


def finish(result: Any, where: str) -> Response:
    """The success envelope of an action's ``result`` (a value or a Redirect); after a
    login/logout it carries the new CSRF token as ``csrf`` (the browser runtime adopts it)."""
    from flask import g

    extra: Dict[str, Any] = {}
    rotated = g.get("sprag_csrf_rotated")
    if rotated is not None:
        extra["csrf"] = rotated
    if isinstance(result, Redirect):
        return envelope(200, True, value=None, redirect=result.to_dict(), **extra)
    try:
        return envelope(200, True, value=result, **extra)
    except TypeError as exc:
        log.error("action %s returned a non-JSON value: %s", where, exc)
        return _fail(500, "The action returned a value that is not JSON data")
