"""``sprag.Module``: ragot's Module plus the framework's browser bridges.

These methods exist in the browser (the compiled class extends ``sprag/js/module.js``); on
the server they only explain where they run.
"""

from __future__ import annotations

from typing import Any, NoReturn

import ragot

__all__ = ["Module"]


def _browser_only(name: str) -> Any:
    def method(self: Any, *args: Any, **kwargs: Any) -> NoReturn:
        raise RuntimeError(
            f"{type(self).__name__}.{name}() runs in the browser only; the server calls "
            f"controller methods directly"
        )

    method.__name__ = name
    return method


class Module(ragot.Module):
    """A browser Module with actions (``call_action``), uploads, sockets and SSE."""

    call_action = _browser_only("call_action")
    upload_form = _browser_only("upload_form")
    on_socket = _browser_only("on_socket")
    emit_socket = _browser_only("emit_socket")
    join_topic = _browser_only("join_topic")
    leave_topic = _browser_only("leave_topic")
    refetch_on_socket = _browser_only("refetch_on_socket")
    stream = _browser_only("stream")
