"""Error answers: the JSON envelope of every browser-to-server endpoint and the HTML error
page (inside the app shell, or bare when the shell itself fails)."""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING, Any, Callable, Dict

from ..wire import to_json

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Response

__all__ = ["envelope", "error_page", "bare_error_page"]

log = logging.getLogger("sprag")


def envelope(status: int, ok: bool, **body: Any) -> Response:
    """One JSON response of the wire contract: ``{"ok": true, "value", "redirect"}`` or
    ``{"ok": false, "error", "errors"[, "traceback"]}``."""
    from flask import Response

    data: Dict[str, Any] = {"ok": ok}
    if ok:
        data["value"] = body.get("value")
        data["redirect"] = body.get("redirect")
        if body.get("csrf") is not None:
            data["csrf"] = body["csrf"]
    else:
        data["error"] = body.get("error", "Request failed")
        data["errors"] = body.get("errors") or {}
        if body.get("traceback"):
            data["traceback"] = body["traceback"]
    return Response(to_json(data, "the action's value"), status=status, mimetype="application/json",
                    headers={"Cache-Control": "no-store"})


def bare_error_page(status: int, message: str, detail: str = "") -> str:
    """A minimal error document that needs nothing but the message."""
    return (
        f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{status}</title></head>"
        f"<body><h1>{status}</h1><p>{escape(message)}</p>"
        + (f"<pre>{escape(detail)}</pre>" if detail else "")
        + "</body></html>"
    )


def error_page(render_error: Callable[[int, str, str], str], status: int, message: str,
               detail: str = "") -> Response:
    """The error inside the app shell (``render_error``); a bare page if the shell fails."""
    from flask import Response

    try:
        body = render_error(status, message, detail)
    except Exception:
        log.exception("the shell failed while rendering a %s page", status)
        body = bare_error_page(status, message, detail)
    return Response(body, status=status, mimetype="text/html")
