"""The action endpoint: POST ``/__sprag__/actions`` with ``{"route", "action", "payload"}``.

Every request passes the request guard (``http.guard``) before any controller code runs:
body size (413) and readability (400), same-origin and the signed CSRF token (403); then JSON shape (400),
route and action (404), schema (400). Only then is the method called; its result is one
envelope ``{"ok": true, "value": ..., "redirect": null}``. A rejected request changes nothing.
"""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any, Callable, Dict, Optional, Tuple

from flask import Response

from specter import HTTPError

from ..backends.sessions import Session
from ..controller import bind_arguments
from ..surfaces import Surface
from ..urls import ACTION_PATH
from .errors import envelope
from .guard import CSRF_HEADER, GuardRule, Rejection, RequestGuard
from .redirects import Redirect

__all__ = ["ACTION_PATH", "CSRF_HEADER", "ActionEndpoint", "action_rule", "envelope", "method_not_allowed"]

log = logging.getLogger("sprag.actions")


def action_rule(body_limit: int) -> GuardRule:
    """What an action request must pass: the body limit, same origin, session and CSRF."""
    return GuardRule(body_limit=body_limit, same_origin=True, session="required", csrf=True, label="action")


def _fail(status: int, error: str, errors: Optional[Dict[str, str]] = None) -> Response:
    return envelope(status, False, error=error, errors=errors)


def method_not_allowed() -> Response:
    """GET/PUT/... on the action path: 405 with ``Allow: POST``."""
    response = envelope(405, False, error="Actions are called with POST {\"route\", \"action\", \"payload\"}")
    response.headers["Allow"] = "POST"
    return response


def _parse(raw: bytes) -> Tuple[Optional[Dict[str, Any]], Optional[Response]]:
    try:
        body = json.loads(raw.decode("utf-8"))
    except RecursionError:
        return None, _fail(400, "Request body is nested too deeply")
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
        surface = self.surface_by_route(body["route"])
        if surface is None:
            return _fail(404, f"Unknown route {body['route']!r}")
        spec = surface.actions.get(body["action"])
        if spec is None:
            return _fail(404, f"Unknown action {body['action']!r} on route {surface.path!r}")
        params: Dict[str, Any] = {}
        path = body.get("path")
        if path is not None:
            matched = surface.pattern.match(path)
            if matched is None:
                return _fail(404, f"Path {path!r} does not belong to route {surface.path!r}")
            params = matched
        controller = self.controller_for(surface)
        method = getattr(controller, spec.method)
        payload = body["payload"]
        try:
            if spec.schema is not None:
                values = spec.schema.require(payload)
            else:
                values = bind_arguments(method, payload)
        except HTTPError as exc:
            return _fail(exc.status, exc.message, exc.payload.get("errors"))
        except TypeError as exc:
            return _fail(400, f"Payload does not fit action {spec.name!r}: {exc}")
        self.bind_request(surface, params, session, path or surface.path)
        try:
            result = method(**values)
        except Redirect as exc:
            return envelope(200, True, value=None, redirect=exc.to_dict())
        except HTTPError as exc:
            return _fail(exc.status, exc.message, exc.payload.get("errors"))
        except Exception:
            log.exception("action %s.%s failed", surface.path, spec.name)
            return _fail(500, "The action failed on the server", None) if not self.dev else envelope(
                500, False, error="The action failed on the server", traceback=traceback.format_exc()
            )
        if isinstance(result, Redirect):
            return envelope(200, True, value=None, redirect=result.to_dict())
        try:
            return envelope(200, True, value=result)
        except TypeError as exc:
            log.error("action %s.%s returned a non-JSON value: %s", surface.path, spec.name, exc)
            return _fail(500, "The action returned a value that is not JSON data")
