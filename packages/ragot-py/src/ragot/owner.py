"""The server-side face of the browser runtime's Owner (ragot/js/owner.js).

Component and Module classes run on the server too: `__init__`, `state`, `set_state` and
`render()` work there, for SSR. Everything that needs a DOM, timers or the page bus runs only
in the browser; calling it on the server raises `BrowserOnlyError` saying where it belongs.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Mapping, Optional

__all__ = ["Owner", "BrowserOnlyError"]


class BrowserOnlyError(RuntimeError):
    """A browser-only method was called while running on the server."""


def _browser_only(name: str, where: str = "on_start") -> Callable[..., Any]:
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise BrowserOnlyError(
            f"{type(self).__name__}.{name}() runs in the browser; call it from {where}, "
            f"which runs only there"
        )

    method.__name__ = method.__qualname__ = name
    method.__doc__ = f"Browser only (the JS runtime's `{_camel(name)}`); raises on the server."
    return method


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


class Owner:
    """Shared surface of Component and Module: state plus the browser-only owner methods."""

    state: Dict[str, Any]
    element: Any = None
    running: bool = False

    def __init__(self, state: Optional[Mapping[str, Any]] = None) -> None:
        if state is not None and not isinstance(state, Mapping):
            raise TypeError(
                f"{type(self).__name__}(state=...) must be a dict, got {type(state).__name__}"
            )
        self.state = dict(state or {})
        self.element = None

    def set_state(self, partial: Mapping[str, Any]) -> None:
        """Merge `partial` into `state` (in the browser this also schedules a re-render)."""
        if not isinstance(partial, Mapping):
            raise TypeError(
                f"{type(self).__name__}.set_state() takes a dict of changes, "
                f"got {type(partial).__name__}"
            )
        self.state.update(partial)

    def get_state(self) -> Dict[str, Any]:
        """The current state dict."""
        return self.state

    def on_start(self) -> None:
        """Called in the browser when the owner starts: register listeners and timers here."""

    def on_stop(self) -> None:
        """Called in the browser first thing on stop, before everything it owns is released."""

    start = _browser_only("start", "the page (the runtime starts it)")
    stop = _browser_only("stop", "the page (the runtime stops it)")
    on = _browser_only("on")
    off = _browser_only("off")
    delegate = _browser_only("delegate")
    listen = _browser_only("listen")
    emit = _browser_only("emit", "an event handler or on_start")
    own = _browser_only("own")
    timeout = _browser_only("timeout")
    interval = _browser_only("interval")
    cancel_timeout = _browser_only("cancel_timeout", "an event handler or on_stop")
    cancel_interval = _browser_only("cancel_interval", "an event handler or on_stop")
    adopt = _browser_only("adopt")
    disown = _browser_only("disown")
    add_cleanup = _browser_only("add_cleanup")
