"""Render a surface to a full HTML document (SSR), given its ``load()`` data."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional

from .. import ragot_bridge
from ..assets.registry import AssetRegistry
from ..backends.sessions import Session
from ..screen import RenderContext
from ..surfaces import Mount, Page, Shell, Surface
from ..urls import ACTION_PATH
from .document import DocumentParts, StaticShell, assemble_document, head_links, tail_scripts
from .metadata import merge_metadata, request_metadata
from .payload import embed_json

__all__ = ["SurfaceRenderer"]

_DEFAULT_SHELL = "{{ sprag_slot }}"
_ICONS = (("favicon.svg", "image/svg+xml"), ("favicon.png", "image/png"), ("favicon.ico", "image/x-icon"))


class SurfaceRenderer:
    """Holds compiled shell templates; turns (surface, data) into HTML.

    ``browser.plan_for(surface)`` gives an interactive surface's entry and preloads;
    ``stores_payload()`` the shared stores; ``current_path()`` the request path;
    ``page_data`` the features' payload entries (``fn(surface, session)``); ``images`` the
    image table of a packed build (srcset / ``<picture>`` markup), or None.
    """

    def __init__(
        self,
        *,
        project_dir: Path,
        dev: bool,
        shell: Shell,
        metadata: Mapping[str, Any],
        assets: AssetRegistry,
        browser: Any,
        public_env: Mapping[str, str],
        stores_payload: Callable[[], Dict[str, Any]],
        current_path: Callable[[], str],
        page_data: Optional[Mapping[str, Callable[[Surface, Optional[Session]], Any]]] = None,
        images: Any = None,
        csrf_token: Optional[Callable[[], str]] = None,
    ) -> None:
        self.project_dir = project_dir
        self.dev = dev
        self.shell = shell
        self.metadata = metadata
        self.assets = assets
        self.browser = browser
        self.public_env = dict(public_env)
        self.stores_payload = stores_payload
        self.current_path = current_path
        self.page_data = page_data if page_data is not None else {}
        self.csrf_token = csrf_token
        #: True while ``sprag build static`` renders pages: no CSRF token, actions disabled.
        self.static_export = False
        self._jinja: Any = None
        self._fallback_static: Any = None
        self._parts: Dict[int, _SurfaceParts] = {}
        self._templates: Dict[str, Any] = {}
        self._icon: Optional[str] = None
        self._images = images

    @property
    def jinja(self) -> Any:
        """The Jinja2 environment of the shell templates (made on first use: `sprag build`
        renders no page and never loads Jinja2)."""
        if self._jinja is None:
            from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

            self._jinja = Environment(
                loader=FileSystemLoader(str(self.project_dir)),
                autoescape=select_autoescape(default=True, default_for_string=True),
                undefined=StrictUndefined,
                auto_reload=self.dev,
            )
        return self._jinja

    def shell_for(self, surface: Surface) -> Shell:
        return surface.shell or self.shell

    def template_for(self, shell: Shell) -> Any:
        if not shell.template:
            if self._fallback_static is None:
                fallback = self.jinja.from_string(_DEFAULT_SHELL)
                self._fallback_static = StaticShell.from_template(fallback, _DEFAULT_SHELL, self.jinja)
            return self._fallback_static
        if self.dev:
            return self.jinja.get_template(shell.template)
        template = self._templates.get(shell.template)
        if template is None:
            template = self.jinja.get_template(shell.template)
            source = (self.project_dir / shell.template).read_text(encoding="utf-8")
            template = StaticShell.from_template(template, source, self.jinja) or template
            self._templates[shell.template] = template
        return template

    def check_shell(self, shell: Shell) -> None:
        """Fail at startup when the shell template is missing or lacks ``{{ sprag_slot }}``."""
        if not shell.template:
            return
        path = self.project_dir / shell.template
        if not path.is_file():
            raise FileNotFoundError(f"shell template {shell.template} not found in {self.project_dir}")
        if "sprag_slot" not in path.read_text(encoding="utf-8"):
            raise ValueError(f"shell template {shell.template} must contain {{{{ sprag_slot }}}}")

    def _icon_link(self) -> str:
        """``<link rel="icon">`` for ``app/static/favicon.{svg,png,ico}`` when one exists
        (browsers otherwise ask for /favicon.ico and log a 404)."""
        if self._icon is None:
            self._icon = ""
            for name, kind in _ICONS:
                if (self.assets.static_root / name).is_file():
                    url = self.assets.url("/static/" + name)
                    self._icon = f'<link rel="icon" href="{escape(url)}" type="{kind}">'
                    break
        return self._icon

    def _static_parts(self, surface: Surface) -> _SurfaceParts:
        """What does not change between requests of a surface (computed once)."""
        cached = self._parts.get(id(surface))
        if cached is not None:
            return cached
        shell = self.shell_for(surface)
        assets = self.assets
        plan = self.browser.plan_for(surface) if surface.interactive else None
        parts = _SurfaceParts(
            shell=shell,
            stylesheets=[assets.url(p) for p in (*shell.css, *surface.css)],
            scripts=[assets.url(p) for p in (*shell.js, *surface.js)] if surface.interactive else [],
            entry=plan.entry if plan else None,
            preloads=list(plan.preloads) if plan else [],
            uses_stores=bool(plan) and plan.uses_stores,
        )
        parts.links = self._icon_link() + head_links(parts.stylesheets, parts.preloads)
        fixed_keys = {"route": surface.path, "actions": ACTION_PATH, "env": self.public_env}
        parts.payload_head = embed_json(fixed_keys)[:-1] + ","
        parts.tail = tail_scripts(parts.scripts, parts.entry) if surface.interactive else ""
        self._parts[id(surface)] = parts
        return parts

    def render_error(self, status: int, message: str, detail: str = "") -> str:
        """A 404/500 page inside the App's shell (its stylesheets, no scripts)."""
        shell = self.shell
        assets = self.assets
        body = (
            f'<section class="sprag-error"><h1>{status}</h1><p>{escape(message)}</p>'
            + (f"<pre>{escape(detail)}</pre>" if detail else "")
            + "</section>"
        )
        parts = DocumentParts(lang=shell.lang)
        parts.metadata = merge_metadata(self.metadata, {"title": f"{status} · {message}"})
        parts.links = self._icon_link() + head_links([assets.url(p) for p in shell.css], [])
        parts.scripts = ""
        context = {"metadata": parts.metadata, "surface": None}
        return assemble_document(self.template_for(shell), body, parts, context)

    def _features(self, surface: Surface, session: Optional[Session]) -> Dict[str, Any]:
        """``{"features": {...}}`` from the installed features' page data (empty without)."""
        if not self.page_data:
            return {}
        found = {}
        for key, fn in self.page_data.items():
            value = fn(surface, session)
            if value is not None:
                found[key] = value
        return {"features": found} if found else {}

    def render(self, surface: Surface, data: Any, session: Optional[Session], params: Dict[str, Any]) -> str:
        fixed = self._static_parts(surface)
        interactive = surface.interactive
        ctx = RenderContext(interactive=interactive)
        if isinstance(surface, Page):
            if surface.screen is None:
                raise TypeError(
                    f"page {surface.path} has no screen=, so its controller's load() must "
                    f"return a Response (e.g. flask.Response(text, mimetype=...)), not "
                    f"{type(data).__name__}"
                )
            screen = surface.screen(data)
            body = ragot_bridge.render_html(screen.render_with(ctx))
            if self._images is not None:  # a packed build: srcset / <picture> for its images
                body = self._images.rewrite(body, picture=not interactive)
        else:
            body = '<div data-sprag-mount="root"></div>'
        parts = DocumentParts(lang=fixed.shell.lang)
        parts.metadata = merge_metadata(self.metadata, surface.metadata, request_metadata())
        parts.links = fixed.links
        parts.scripts = fixed.tail
        if interactive:
            csrf = None if self.static_export or self.csrf_token is None else self.csrf_token()
            if isinstance(surface, Mount):
                payload: Dict[str, Any] = {
                    "route": surface.path,
                    "path": self.current_path(),
                    "params": params,
                    "csrf": csrf,
                    "actions": ACTION_PATH,
                    "islands": ctx.islands,
                    "modules": [ref.to_payload() for ref in ctx.modules],
                    "stores": self.stores_payload() if fixed.uses_stores else {},
                    "env": self.public_env,
                    **({"static": True} if self.static_export else {}),
                    **self._features(surface, session),
                    "mount": {
                        "component": ragot_bridge.class_key(surface.component) if surface.component else None,
                        "module": ragot_bridge.class_key(surface.module) if surface.module else None,
                        "state": data,
                    },
                }
                parts.payload = payload
            else:
                # the dict above as JSON, with the per-surface keys encoded once
                parts.payload_json = fixed.payload_head + embed_json({
                    "path": self.current_path(),
                    "params": params,
                    "csrf": csrf,
                    "islands": ctx.islands,
                    "modules": [ref.to_payload() for ref in ctx.modules],
                    "stores": self.stores_payload() if fixed.uses_stores else {},
                    **({"static": True} if self.static_export else {}),
                    **self._features(surface, session),
                })[1:]
        context = {"metadata": parts.metadata, "surface": surface}
        return assemble_document(self.template_for(fixed.shell), body, parts, context)


@dataclass
class _SurfaceParts:
    shell: Shell
    stylesheets: List[str]
    scripts: List[str]
    entry: Optional[str]
    preloads: List[str]
    uses_stores: bool
    links: str = ""
    tail: str = ""
    payload_head: str = ""
