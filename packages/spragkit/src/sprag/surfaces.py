"""Surface declarations: ``page(...)``, ``mount(...)``, ``module(...)`` and ``shell(...)``."""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence

from .controller import ActionSpec, Controller
from .http.routing import RoutePattern
from .screen import Screen

__all__ = ["Page", "Mount", "Shell", "EsModule", "page", "mount", "module", "shell"]

_MODES = ("document", "hybrid")


@dataclass(frozen=True)
class EsModule:
    """An ES module the browser ``import()``s under an alias (``imports.<alias>``)."""

    src: str
    export: Optional[str] = None

    @property
    def is_remote(self) -> bool:
        return self.src.startswith(("http://", "https://", "//"))


@dataclass(frozen=True)
class Shell:
    """The shared frame: a Jinja2 template with ``{{ sprag_slot }}`` plus stylesheets."""

    template: Optional[str] = None
    css: Sequence[str] = ()
    js: Sequence[str] = ()
    lang: str = "en"


@dataclass
class Surface:
    """What pages and mounts share."""

    path: str
    controller: type
    name: str = ""
    metadata: Dict[str, Any] = field(default_factory=dict)
    shell: Optional[Shell] = None
    css: List[str] = field(default_factory=list)
    js: List[str] = field(default_factory=list)
    modules: Dict[str, EsModule] = field(default_factory=dict)
    providers: Dict[str, Any] = field(default_factory=dict)
    source: str = "<unknown>"
    path_from_folder: bool = False
    pattern: RoutePattern = field(init=False)

    kind = "surface"

    def __post_init__(self) -> None:
        self.pattern = RoutePattern.parse(self.path)
        self.path = self.pattern.path

    @property
    def interactive(self) -> bool:
        return True

    @property
    def actions(self) -> Dict[str, ActionSpec]:
        """The controller's actions by public name."""
        return self.controller.actions()

    def describe(self) -> Dict[str, Any]:
        """A plain description (for ``sprag routes``)."""
        return {
            "kind": self.kind,
            "name": self.name,
            "path": self.path,
            "mode": getattr(self, "mode", "mount"),
            "source": self.source,
            "controller": f"{self.controller.__module__}.{self.controller.__qualname__}",
            "actions": [spec.describe() for spec in self.actions.values()],
        }


@dataclass
class Page(Surface):
    """A route: ``document`` (server HTML, no JavaScript) or ``hybrid`` (SSR then hydrate)."""

    screen: Optional[type] = None
    mode: str = "document"
    static_paths: Optional[Callable[[], List[Dict[str, Any]]]] = None

    kind = "page"

    @property
    def interactive(self) -> bool:
        return self.mode == "hybrid"


@dataclass
class Mount(Surface):
    """A browser-owned app: the server sends the shell and a root; the browser renders."""

    component: Optional[type] = None
    module: Optional[type] = None

    kind = "mount"


def _check_list(value: Any, what: str) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{what}=[...] must be a list of file paths or URLs, got {value!r}")
    return list(value)


def _check_modules(value: Any) -> Dict[str, EsModule]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError("modules= must be a dict {alias: module('path/or/url.mjs')}")
    out = {}
    for alias, mod in value.items():
        if not isinstance(alias, str) or not alias.isidentifier():
            raise ValueError(f"modules= alias {alias!r} must be a Python identifier")
        if isinstance(mod, str):
            mod = EsModule(mod)
        if not isinstance(mod, EsModule):
            raise TypeError(f"modules[{alias!r}] must be module('...'), got {mod!r}")
        out[alias] = mod
    return out


def _check_controller(controller: Any, where: str) -> type:
    if controller is None:
        return Controller
    if not (inspect.isclass(controller) and issubclass(controller, Controller)):
        raise TypeError(f"{where}: controller= must be a sprag.Controller subclass, got {controller!r}")
    return controller


def _caller_file() -> str:
    # The frame's own file name: inspect.stack() would read every frame's source and trip on
    # inspect's module cache when a test process loads several projects named ``app``.
    return sys._getframe(2).f_code.co_filename


def page(
    path: Optional[str] = None,
    controller: Optional[type] = None,
    screen: Optional[type] = None,
    mode: str = "document",
    *,
    name: Optional[str] = None,
    metadata: Optional[Mapping[str, Any]] = None,
    shell: Optional[Shell] = None,
    css: Optional[Sequence[str]] = None,
    js: Optional[Sequence[str]] = None,
    modules: Optional[Mapping[str, Any]] = None,
    static_paths: Optional[Callable[[], List[Dict[str, Any]]]] = None,
    providers: Optional[Mapping[str, Any]] = None,
) -> Page:
    """Declare a route. ``path`` defaults to the controller's ``route`` or the folder.

    A document page without ``screen=`` answers with what its controller's ``load()``
    returns, which must be a Response (a feed, a sitemap, a JSON file).
    """
    source = _caller_file()
    if mode not in _MODES:
        raise ValueError(f"page(mode={mode!r}) must be 'document' or 'hybrid'")
    ctrl = _check_controller(controller, "page()")
    if screen is None and mode == "hybrid":
        raise TypeError("page(mode='hybrid') needs screen=, a sprag.Screen subclass")
    if screen is not None and not (inspect.isclass(screen) and issubclass(screen, Screen)):
        raise TypeError(f"page(screen=...) must be a sprag.Screen subclass, got {screen!r}")
    if static_paths is not None and not callable(static_paths):
        raise TypeError("page(static_paths=...) must be a function returning a list of params")
    return _surface(Page, path, ctrl, source, name=name, metadata=metadata, shell=shell,
                    css=css, js=js, modules=modules, providers=providers,
                    screen=screen, mode=mode, static_paths=static_paths)


def mount(
    path: Optional[str] = None,
    component: Optional[type] = None,
    module: Optional[type] = None,
    boot: Optional[type] = None,
    *,
    name: Optional[str] = None,
    metadata: Optional[Mapping[str, Any]] = None,
    shell: Optional[Shell] = None,
    css: Optional[Sequence[str]] = None,
    js: Optional[Sequence[str]] = None,
    modules: Optional[Mapping[str, Any]] = None,
    providers: Optional[Mapping[str, Any]] = None,
) -> Mount:
    """Declare a browser-owned app at ``path``; ``boot`` is its Controller (load() + actions)."""
    source = _caller_file()
    if component is None and module is None:
        raise TypeError("mount() needs component= and/or module= (the browser-owned root)")
    ctrl = _check_controller(boot, "mount()")
    return _surface(Mount, path, ctrl, source, name=name, metadata=metadata, shell=shell,
                    css=css, js=js, modules=modules, providers=providers,
                    component=component, module=module)


def _surface(kind: type, path: Optional[str], ctrl: type, source: str, *, name: Optional[str],
             metadata: Optional[Mapping[str, Any]], shell: Optional[Shell],
             css: Optional[Sequence[str]], js: Optional[Sequence[str]],
             modules: Optional[Mapping[str, Any]], providers: Optional[Mapping[str, Any]],
             **own: Any) -> Any:
    """A Page or Mount from the fields both declare (checked) and its ``own`` ones."""
    given = path or getattr(ctrl, "route", None)
    surface = kind(
        path=given or "/",
        controller=ctrl,
        name=name or "",
        metadata=dict(metadata or {}),
        shell=shell,
        css=_check_list(css, "css"),
        js=_check_list(js, "js"),
        modules=_check_modules(modules),
        providers=dict(providers or {}),
        source=source,
        **own,
    )
    # No path given: discovery derives it from the folder.
    surface.path_from_folder = not given
    return surface


def module(src: str, export: Optional[str] = None) -> EsModule:
    """An ESM dependency for ``modules={alias: module(...)}``; ``export`` picks a named export."""
    if not isinstance(src, str) or not src:
        raise TypeError(f"module(src) must be a path or URL string, got {src!r}")
    return EsModule(src, export)


def shell(
    template: Optional[str] = None,
    css: Optional[Sequence[str]] = None,
    js: Optional[Sequence[str]] = None,
    lang: str = "en",
) -> Shell:
    """The app frame: a Jinja2 ``template`` with ``{{ sprag_slot }}`` and its stylesheets."""
    return Shell(template, tuple(_check_list(css, "css")), tuple(_check_list(js, "js")), lang)
