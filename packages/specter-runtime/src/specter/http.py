"""HTTP errors and JSON envelopes for Flask routes.

Every failure a route reports is one JSON shape: ``{"error": message, ...payload}`` with the
error's status code. :func:`install_error_handler` (called by :func:`specter.boot`) makes any
:class:`HTTPError` raised anywhere in a Flask app produce that envelope.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional

if TYPE_CHECKING:  # Flask loads when a response is made, not when a controller is defined
    from flask import Flask, Response

__all__ = [
    "HTTPError",
    "error_envelope",
    "install_error_handler",
    "json_endpoint",
    "expect_json",
    "require_fields",
]

log = logging.getLogger("specter.http")


class HTTPError(Exception):
    """An error that maps to an HTTP status and a JSON body ``{"error": message, ...payload}``."""

    def __init__(
        self, message: str, status: int = 400, payload: Optional[Mapping[str, Any]] = None
    ) -> None:
        super().__init__(message)
        if not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError(f"HTTPError status must be an int in 400..599, got {status!r}")
        self.message = str(message)
        self.status = status
        self.payload: Dict[str, Any] = dict(payload or {})

    def to_dict(self) -> Dict[str, Any]:
        """The JSON body: ``{"error": message, **payload}`` (payload cannot override "error")."""
        body = dict(self.payload)
        body["error"] = self.message
        return body

    def to_response(self) -> Response:
        """A Flask JSON response carrying the envelope and the status."""
        from flask import jsonify

        response = jsonify(self.to_dict())
        response.status_code = self.status
        return response

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status})"


def error_envelope(message: str, status: int, **payload: Any) -> Response:
    """Build the JSON error response ``{"error": message, **payload}`` with ``status``."""
    return HTTPError(message, status, payload).to_response()


def install_error_handler(app: Flask) -> None:
    """Make every :class:`HTTPError` raised while handling a request become its JSON envelope."""
    app.register_error_handler(HTTPError, lambda exc: exc.to_response())


def _to_response(result: Any) -> Any:
    # Lazy import: outcome imports http, not the other way round at import time.
    from flask import jsonify

    from .outcome import Outcome

    if isinstance(result, Outcome):
        response = jsonify(result.to_dict())
        response.status_code = result.status
        return response
    if isinstance(result, (dict, list)):
        return jsonify(result)
    return result


def json_endpoint(view: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a Flask view so every result and every error is JSON.

    dicts/lists and :class:`~specter.Outcome` become JSON responses; :class:`HTTPError` and
    werkzeug HTTP exceptions become ``{"error": ...}`` with their status; any other exception
    is logged and answered with ``{"error": "Internal server error"}`` and status 500.
    """

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from werkzeug.exceptions import HTTPException

        try:
            result = view(*args, **kwargs)
        except HTTPError as exc:
            return exc.to_response()
        except HTTPException as exc:
            if exc.code is not None and exc.code < 400:
                return exc.get_response()  # redirects and the like are not errors
            return error_envelope(exc.description or exc.name, exc.code or 500)
        except Exception:
            log.exception("unhandled error in %s", getattr(view, "__qualname__", view))
            return error_envelope("Internal server error", 500)
        if isinstance(result, tuple) and result and isinstance(result[0], (dict, list)):
            return (_to_response(result[0]),) + tuple(result[1:])
        return _to_response(result)

    return wrapper


def _request_object() -> Dict[str, Any]:
    from flask import request

    data = request.get_json(silent=True)
    if data is None:
        raise HTTPError(
            "Expected a JSON request body; send Content-Type: application/json with an object",
            400,
        )
    if not isinstance(data, dict):
        raise HTTPError(f"Expected a JSON object body, got {type(data).__name__}", 400)
    return data


def expect_json(view: Optional[Callable[..., Any]] = None) -> Any:
    """Require a JSON object body.

    As a decorator (``@expect_json``) the view is only called when the request body is a JSON
    object; otherwise HTTPError(400). Called with no argument inside a request,
    ``expect_json()`` returns the body as a dict or raises HTTPError(400).
    """
    if view is None:
        return _request_object()
    if not callable(view):
        raise TypeError("expect_json is used as @expect_json or expect_json() inside a request")

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _request_object()
        return view(*args, **kwargs)

    return wrapper


def _missing(data: Mapping[str, Any], names: tuple) -> Dict[str, str]:
    return {n: "required" for n in names if data.get(n) is None or data.get(n) == ""}


def require_fields(*args: Any) -> Any:
    """Require named fields in the JSON body.

    ``@require_fields("name", "email")`` decorates a view (implies :func:`expect_json`);
    ``require_fields(data, "name", "email")`` checks a dict and returns it. Missing fields raise
    HTTPError(400) with ``{"error": ..., "errors": {field: "required"}}``.
    """
    if args and isinstance(args[0], Mapping):
        data, names = args[0], args[1:]
        missing = _missing(data, names)
        if missing:
            raise HTTPError(
                "Missing required fields: " + ", ".join(missing), 400, {"errors": missing}
            )
        return data
    if not all(isinstance(a, str) for a in args):
        raise TypeError("require_fields takes field names, or a dict followed by field names")
    names = tuple(args)

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapper(*a: Any, **kw: Any) -> Any:
            require_fields(_request_object(), *names)
            return view(*a, **kw)

        return wrapper

    return decorate
