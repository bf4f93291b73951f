"""`Module`: a non-visual owner that wires DOM events, stores, timers and actions in the browser."""

from __future__ import annotations

from typing import Any, Callable, Mapping, Optional

from .owner import Owner, _browser_only

__all__ = ["Module"]


class Module(Owner):
    """Subclass, take `screen=None, state=None` and pass them up:

        class CounterModule(Module):
            def __init__(self, screen=None, state=None):
                super().__init__(screen=screen, state=state or {"count": 0})

    On the server a Module is only constructed (its `state` seeds the page payload); its
    `on_start` and everything it wires run in the browser.
    """

    screen: Any

    def __init__(self, screen: Any = None, state: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(state)
        self.screen = screen

    def batch_state(self, fn: Callable[[], Any]) -> Any:
        """Run `fn`; its `set_state` calls notify watchers once, at the end (browser)."""
        return fn()

    watch_state = _browser_only("watch_state")
    subscribe = _browser_only("subscribe")
    adopt_component = _browser_only("adopt_component")
