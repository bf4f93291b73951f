"""The few ragot calls the server renderer needs, in one place."""

from __future__ import annotations

from typing import Any, Dict, Optional

import ragot
from ragot import ui

__all__ = ["render_html", "render_component", "island_node", "class_key"]


def render_html(tree: Any) -> str:
    """SSR of a ui tree (or a str, escaped as text)."""
    return ragot.render_to_string(tree)


def make_component(cls: type, props: Optional[Dict[str, Any]], state: Optional[Dict[str, Any]]):
    """Instantiate a ragot Component with ``props`` and initial ``state`` on the server."""
    return cls(props=props, state=state)


def render_component(cls: type, props: Optional[Dict[str, Any]], state: Optional[Dict[str, Any]]):
    """The component's render() output (a ui tree) on the server."""
    comp = make_component(cls, props, state)
    return comp.render(props)


#: The one inline style SPRAG writes (the strict CSP allows exactly this value by its hash).
ISLAND_STYLE = "display:contents"


def island_node(island_id: str, inner_html: str) -> Any:
    """The server markup of a hydrated island: a layout-neutral wrapper the browser finds."""
    # island_id is a counter we generate (digits only), so it needs no escaping.
    return ui.HTML(f'<div data-sprag-island="{island_id}" style="{ISLAND_STYLE}">{inner_html}</div>')


def class_key(cls: type) -> str:
    """A stable name for a browser class: ``module:QualName``."""
    return f"{cls.__module__}:{cls.__qualname__}"
