"""`Component`: a visual owner that renders a `ui` tree (server: to HTML; browser: to the DOM)."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from .owner import Owner, _browser_only
from .ssr import render_to_string
from .vnode import VNode

__all__ = ["Component"]


class Component(Owner):
    """Subclass and define `render(self, props=None)` returning a `ui` tree.

    On the server `Component(props=..., state=...)` then `render()` (or `to_html()`) produces
    the markup the browser hydrates. In the browser `set_state` re-renders once per animation
    frame and patches the DOM in place.
    """

    props: Dict[str, Any]
    refs: Dict[str, Any]

    def __init__(
        self,
        props: Optional[Mapping[str, Any]] = None,
        state: Optional[Mapping[str, Any]] = None,
    ) -> None:
        super().__init__(state)
        if props is not None and not isinstance(props, Mapping):
            raise TypeError(
                f"{type(self).__name__}(props=...) must be a dict, got {type(props).__name__}"
            )
        self.props = dict(props or {})
        self.refs = {}

    def render(self, props: Optional[Mapping[str, Any]] = None) -> Any:
        """Return this component's `ui` tree for the current state and `props`."""
        raise NotImplementedError(
            f"{type(self).__name__} must define render(self, props=None) returning a ui tree"
        )

    def set_state_sync(self, partial: Mapping[str, Any]) -> None:
        """Merge `partial` into `state` (in the browser this also re-renders right away)."""
        self.set_state(partial)

    def to_html(self) -> str:
        """Render this component to HTML on the server (what the browser hydrates)."""
        tree = self.render(self.props)
        if not isinstance(tree, VNode):
            raise TypeError(
                f"{type(self).__name__}.render() must return one element (ui.div(...)), "
                f"got {type(tree).__name__}; wrap lists and fragments in an element"
            )
        return render_to_string(tree)

    mount = _browser_only("mount", "a Module's on_start or the page entry")
    unmount = _browser_only("unmount", "an event handler or on_stop")
