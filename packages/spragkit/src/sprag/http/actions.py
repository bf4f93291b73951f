"""The action endpoint: POST ``/__sprag__/actions`` with ``{"route", "action", "payload"}``.

Every request is checked before any controller code runs, in this order: body size (413),
same-origin and the per-session CSRF token (403), JSON shape (400), route and action (404),
schema (400). Only then is the method called; its result is one envelope
``{"ok": true, "value": ..., "redirect": null}``. A rejected request changes nothing.
"""

from __future__ import annotations

import hmac
import json
import logging
import traceback
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from flask import Response, request

from specter import HTTPError

from ..controller import bind_arguments
from ..render.payload import to_json
from ..urls import ACTION_PATH
from .redirects import Redirect

if TYPE_CHECKING:  # pragma: no cover
    from ..app import App

__all__ = ["ACTION_PATH", "CSRF_HEADER", "handle_action", "envelope"]

CSRF_HEADER = "X-Sprag-CSRF"

log = logging.getLogger("sprag.actions")


def envelope(status: int, ok: bool, **body: Any) -> Response:
    """One JSON response of the action wire contract."""
    data: Dict[str, Any] = {"ok": ok}
    if ok:
        data["value"] = body.get("value")
        data["redirect"] = body.get("redirect")
    else:
        data["error"] = body.get("error", "Request failed")
        data["errors"] = body.get("errors") or {}
        if body.get("traceback"):
            data["traceback"] = body["traceback"]
    return Response(to_json(data), status=status, mimetype="application/json",
                    headers={"Cache-Control": "no-store"})


def _fail(status: int, error: str, errors: Optional[Dict[str, str]] = None) -> Response:
    return envelope(status, False, error=error, errors=errors)


def _read_body(limit: int) -> Tuple[Optional[bytes], Optional[Response]]:
    length = request.content_length
    too_big = _fail(413, f"Request body is larger than the {limit}-byte limit for actions")
    if length is not None and length > limit:
        return None, too_big
    raw = request.stream.read(limit + 1)
    if len(raw) > limit:
        return None, too_big
    return raw, None


def same_origin(app: App) -> bool:
    """True unless the browser says the request came from another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin is not None:
        expected = request.host_url.rstrip("/")
        allowed = {expected} | set(app.trusted_origins)
        if origin not in allowed:
            return False
    return True


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


def handle_action(app: App) -> Response:
    """The Flask view behind ``POST /__sprag__/actions``."""
    raw, problem = _read_body(app.action_body_limit)
    if problem is not None:
        return problem
    if not same_origin(app):
        return _fail(403, "Cross-site action requests are refused")
    session = app.sessions.load()
    token = request.headers.get(CSRF_HEADER, "")
    if session is None or not token or not hmac.compare_digest(token, session.csrf_token):
        return _fail(403, f"Missing or invalid {CSRF_HEADER} token; reload the page and retry")
    body, problem = _parse(raw)
    if problem is not None:
        return problem
    surface = app.surface_by_route(body["route"])
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
    controller = app.controller_for(surface)
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
    app.bind_request(surface, params, session, path or surface.path)
    try:
        result = method(**values)
    except Redirect as exc:
        return envelope(200, True, value=None, redirect=exc.to_dict())
    except HTTPError as exc:
        return _fail(exc.status, exc.message, exc.payload.get("errors"))
    except Exception:
        log.exception("action %s.%s failed", surface.path, spec.name)
        return _fail(500, "The action failed on the server", None) if not app.dev else envelope(
            500, False, error="The action failed on the server", traceback=traceback.format_exc()
        )
    if isinstance(result, Redirect):
        return envelope(200, True, value=None, redirect=result.to_dict())
    try:
        return envelope(200, True, value=result)
    except TypeError as exc:
        log.error("action %s.%s returned a non-JSON value: %s", surface.path, spec.name, exc)
        return _fail(500, "The action returned a value that is not JSON data")
