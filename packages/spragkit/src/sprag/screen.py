"""``Screen`` (what a surface renders from its load() data), ``hydrate()`` and ``ssr()``.

A Screen runs on the server only. ``hydrate(Component, module=, props=)`` renders the
component in place and marks it as an island the browser adopts; ``ssr(Component, props=)``
renders it as plain HTML that never hydrates. The islands and modules a render declared are
collected in a :class:`RenderContext` and shipped in the page payload.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

from . import ragot_bridge

__all__ = ["Screen", "hydrate", "ssr", "ModuleRef", "RenderContext"]


@dataclass
class ModuleRef:
    """A browser Module a screen asked for: started in the browser with ``state``."""

    id: str
    cls: type
    state: Any

    def to_payload(self) -> Dict[str, Any]:
        return {"id": self.id, "class": ragot_bridge.class_key(self.cls), "state": self.state}


@dataclass
class RenderContext:
    """What one render declared for the browser."""

    interactive: bool
    islands: List[Dict[str, Any]] = field(default_factory=list)
    modules: List[ModuleRef] = field(default_factory=list)
    classes: List[type] = field(default_factory=list)

    def use_class(self, cls: type) -> None:
        if cls not in self.classes:
            self.classes.append(cls)


_current: contextvars.ContextVar = contextvars.ContextVar("sprag_render", default=None)


def _context() -> RenderContext:
    ctx = _current.get()
    if ctx is None:
        raise RuntimeError("hydrate()/ssr() can only be called inside Screen.render()")
    return ctx


class Screen:
    """Server-side view of a surface. Override ``render(data)`` to return a ``ui`` tree.

    ``modules`` lists the browser Module classes the screen may start with
    ``self.module(cls)``; ``components`` lists extra Component classes to ship (ones that
    browser code creates itself).
    """

    modules: Sequence[type] = ()
    components: Sequence[type] = ()

    def __init__(self, data: Any = None) -> None:
        self.data = data
        self._refs: Dict[type, ModuleRef] = {}

    def render(self, data: Any) -> Any:
        raise NotImplementedError(f"{type(self).__name__}.render(data) must return a ui tree")

    def module(self, cls: type, state: Any = None) -> ModuleRef:
        """Start ``cls`` in the browser with ``state`` (default: the load() data)."""
        if cls not in type(self).modules:
            raise ValueError(
                f"{type(self).__name__}.module({cls.__name__}): add {cls.__name__} to "
                f"{type(self).__name__}.modules"
            )
        if state is None and cls in self._refs:
            return self._refs[cls]
        ctx = _current.get()
        index = len(ctx.modules) if ctx is not None else len(self._refs)
        ref = ModuleRef(f"m{index}", cls, self.data if state is None else state)
        self._refs.setdefault(cls, ref)
        if ctx is not None:
            ctx.modules.append(ref)
            ctx.use_class(cls)
        return ref

    def render_with(self, ctx: RenderContext) -> Any:
        """Run ``render(self.data)`` collecting islands into ``ctx``."""
        token = _current.set(ctx)
        try:
            return self.render(self.data)
        finally:
            _current.reset(token)


def hydrate(component: type, module: Optional[ModuleRef] = None, props: Any = None) -> Any:
    """Render ``component`` on the server and have the browser adopt it in place.

    With ``module=``, the component shows the module's state and re-renders when it changes.
    On a document page (no JavaScript) this is the same as :func:`ssr`.
    """
    ctx = _context()
    if module is not None and not isinstance(module, ModuleRef):
        raise TypeError("hydrate(module=...) takes what self.module(ModuleClass) returned")
    state = dict(module.state) if module is not None and isinstance(module.state, dict) else {}
    if module is None and isinstance(props, dict):
        state = {}
    tree = ragot_bridge.render_component(component, props, state)
    if not ctx.interactive:
        return tree
    island_id = str(len(ctx.islands))
    ctx.islands.append(
        {
            "id": island_id,
            "component": ragot_bridge.class_key(component),
            "module": module.id if module is not None else None,
            "props": props,
            "state": None if module is not None else state,
        }
    )
    ctx.use_class(component)
    return ragot_bridge.island_node(island_id, ragot_bridge.render_html(tree))


def ssr(component: type, props: Any = None, state: Any = None) -> Any:
    """Render ``component`` to server HTML that is never hydrated (no JavaScript)."""
    _context()
    return ragot_bridge.render_component(component, props, state if state is not None else {})
