"""Browser code of each surface: compile its classes, link them with the runtime files they
use, and serve the result as hashed ES modules.

Per interactive surface the browser gets one entry module that imports exactly the compiled
classes the surface uses; everything it reaches (compiled modules, ragot and sprag runtime
files, the shared Python helpers) is content-hashed and listed for ``modulepreload``.
Compilation is cached by source hash, so an unchanged file is never compiled twice.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import json
import logging
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Set, Tuple

import ragot

from .. import ragot_bridge
from ..assets.served import ServedFile, send
from ..surfaces import Mount, Surface
from .bundle import BundleError, bundle_surfaces, minify_js
from .cache import CompileCache
from .errors import STORES_SHIM, BuildError
from .jsgraph import JS_PREFIX, JsGraph
from .jsscan import strip_js

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Flask, Response

__all__ = [
    "BrowserAssets", "BrowserPlan", "BrowserBuildFailed", "SurfaceBuildError", "browser_classes",
    "compile_python", "compiler_available", "diagnostic_text", "BuildError",
]

RAGOT_JS = Path(ragot.__file__).parent / "js"
SPRAG_JS = Path(__file__).resolve().parent.parent / "js"
HELPERS = "pyrt/helpers.js"
_ROOTS = ("ragot/", "sprag/", "m/", "pyrt/", "entry/", "gen/")
STORES_MODULE = "app.stores"

log = logging.getLogger("sprag.browser")


@dataclass(frozen=True)
class BrowserPlan:
    """What a page loads: the entry script and the modules to preload.

    ``files`` are the URLs the page fetches; ``members`` the virtual module paths it reaches
    (``ragot/vdom.js``, ``m/app/routes/counter/modules.js``): in production several members
    share one bundle file.
    """

    entry: str
    preloads: Tuple[str, ...]
    files: Tuple[str, ...]
    members: Tuple[str, ...] = ()

    @property
    def uses_stores(self) -> bool:
        return STORES_SHIM in self.members


def browser_classes(surface: Surface) -> List[type]:
    """The Component/Module classes a surface ships (declared or imported by its screen)."""
    found: List[type] = []

    def add(cls: Optional[type]) -> None:
        if cls is not None and cls not in found:
            found.append(cls)

    if isinstance(surface, Mount):
        add(surface.component)
        add(surface.module)
        return found
    screen = surface.screen
    for cls in list(getattr(screen, "modules", ())) + list(getattr(screen, "components", ())):
        add(cls)
    namespace = vars(sys.modules.get(screen.__module__, object()))
    for value in namespace.values():
        if (
            inspect.isclass(value)
            and issubclass(value, (ragot.Component, ragot.Module))
            and not value.__module__.startswith(("ragot", "sprag"))
        ):
            add(value)
    return found


def _module_vpath(dotted: str) -> str:
    return "m/" + dotted.replace(".", "/") + ".js"


def _vpath_module(vpath: str) -> str:
    return vpath[2:-3].replace("/", ".")


def _source_of(dotted: str) -> Tuple[str, str]:
    module = sys.modules.get(dotted)
    filename = getattr(module, "__file__", None) if module is not None else None
    if filename is None:
        spec = importlib.util.find_spec(dotted)
        filename = spec.origin if spec is not None else None
    if not filename or not filename.endswith(".py"):
        raise BuildError(f"browser module {dotted} has no Python source file to compile")
    return filename, Path(filename).read_text(encoding="utf-8")


def _server_only_reason(dotted: str) -> Optional[str]:
    from ..controller import Controller
    from ..screen import Screen
    from ..surfaces import Surface as _Surface

    module = sys.modules.get(dotted)
    if module is None:
        return None
    for name, value in vars(module).items():
        if inspect.isclass(value) and value.__module__ == dotted and issubclass(value, (Controller, Screen)):
            return f"it defines {name}"
        if isinstance(value, _Surface):
            return f"it declares the surface {name}"
    return None


def _import_line(importer: str, target: str) -> Tuple[str, int, str]:
    filename, source = _source_of(importer)
    package = importer.rpartition(".")[0]
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.ImportFrom) and node.level:
            try:
                name = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
            except ImportError:
                continue
            if name == target or (node.module is None and any(f"{name}.{a.name}" == target for a in node.names)):
                return filename, node.lineno, source.splitlines()[node.lineno - 1].strip()
    return filename, 1, ""


def declared_stores() -> Dict[str, Any]:
    """Variable name -> store for the stores ``app/stores.py`` declares."""
    from ..stores import SharedStore

    module = sys.modules.get(STORES_MODULE)
    if module is None:
        return {}
    return {k: v for k, v in vars(module).items() if isinstance(v, SharedStore)}


_SHIM_IMPORT = re.compile(r"^import\s*\{(?P<names>[^}]*)\}\s*from\s*[\"']" + re.escape(STORES_SHIM) + r"[\"']", re.M)


def _imported_names(code: str) -> Set[str]:
    """The names ``code`` imports from the stores shim (``import { cart as c } from ...``)."""
    return {part.split()[0] for m in _SHIM_IMPORT.finditer(code) for part in m.group("names").split(",") if part.strip()}


def _stores_shim(stores: Dict[str, Any]) -> str:
    lines = ['import { store } from "sprag/stores.js";']
    for var, shared in stores.items():
        lines.append(f"export const {var} = store({json.dumps(shared.name)}, {json.dumps(shared.initial)});")
    return "\n".join(lines) + "\n"


def compile_python(source: str, filename: str, cache: Optional[CompileCache] = None) -> Any:
    """Compile one browser Python module (through ``cache`` when given)."""
    from sprag_codegen import compile_source

    stores = sorted(declared_stores())

    def run() -> Any:
        from .dialect import sprag_dialect

        dialect = sprag_dialect(STORES_MODULE if stores else None, stores)
        return compile_source(source, filename, dialect=dialect, helpers="import", helpers_specifier=HELPERS)

    if cache is None:
        return run()
    return cache.get_or_compile(filename, source, ",".join(stores), run)


def _entry_code(classes: List[type], esm: Dict[str, str], mount: bool = False) -> str:
    lines = ['import { boot } from "sprag/boot.js";']
    if mount:
        lines.append('import { bootMount } from "sprag/mount.js";')
    table = []
    for i, cls in enumerate(classes):
        if "." in cls.__qualname__:
            raise BuildError(
                f"{cls.__qualname__} ({cls.__module__}) must be defined at module level to ship to the browser"
            )
        lines.append(f'import {{ {cls.__name__} as c{i} }} from "{_module_vpath(cls.__module__)}";')
        table.append(f"{json.dumps(ragot_bridge.class_key(cls))}: c{i}")
    loaders = [f"{json.dumps(alias)}: {code}" for alias, code in esm.items()]
    args = [f"{{{', '.join(table)}}}"]
    if loaders or mount:
        args.append("{" + ", ".join(loaders) + "}" if loaders else "null")
    if mount:
        args.append("bootMount")
    lines.append(f"boot({', '.join(args)});")
    return "\n".join(lines) + "\n"


class SurfaceBuildError(BuildError):
    """The browser code of one surface does not build; ``str()`` is just the diagnostic."""

    def __init__(self, path: str, cause: BaseException) -> None:
        self.path = path
        self.cause = cause
        super().__init__(diagnostic_text(cause))


class BrowserBuildFailed(BuildError):
    """Several surfaces failed; each distinct diagnostic is listed once."""

    def __init__(self, errors: List[SurfaceBuildError]) -> None:
        self.errors = errors
        texts: List[str] = []
        for err in errors:
            if str(err) not in texts:
                texts.append(str(err))
        super().__init__("\n\n".join(texts))


def diagnostic_text(exc: BaseException) -> str:
    """What a user needs from a build error: the located diagnostic, never a traceback."""
    if isinstance(exc, SurfaceBuildError):
        return str(exc)
    text = str(exc)
    if isinstance(exc, (BuildError, SyntaxError)) or type(exc).__name__ == "JSCodegenError":
        if isinstance(exc, SyntaxError) and exc.filename:
            return f"{exc.filename}:{exc.lineno}: error: {exc.msg}"
        return text
    return f"{type(exc).__name__}: {text}"


class _Built:
    def __init__(self) -> None:
        self.plans: Dict[int, BrowserPlan] = {}
        self.files: Dict[str, ServedFile] = {}
        self.source_maps: Dict[str, Any] = {}
        self.errors: Dict[int, SurfaceBuildError] = {}

    def raise_errors(self) -> None:
        """Raise one BuildError listing every failed surface (each diagnostic once)."""
        if self.errors:
            raise BrowserBuildFailed(list(self.errors.values()))


class BrowserAssets:
    """Builds (once, lazily) and serves the browser modules of an App's surfaces.

    ``asset_url(ref)`` maps a declared ES module file to its URL; ``prebuilt``, when given,
    is a ``sprag build`` output served as is; ``runtime_files`` maps extra runtime virtual
    paths (``sprag/sse.js``, added by features) to their files.
    """

    def __init__(
        self,
        surfaces: List[Surface],
        asset_url: Callable[[str], str],
        *,
        dev: bool = True,
        prebuilt: Any = None,
        cache: Optional[CompileCache] = None,
        runtime_files: Optional[Dict[str, Path]] = None,
    ) -> None:
        self.surfaces = surfaces
        self.asset_url = asset_url
        self.dev = dev
        self.prebuilt = prebuilt
        self.cache = cache if cache is not None else CompileCache()
        self.runtime_files = runtime_files if runtime_files is not None else {}
        #: True while ``sprag build static`` builds: bundles keep the ``@static`` branches.
        self.static_export = False
        self._built: Optional[_Built] = None
        self._lock = threading.Lock()
        self._helpers: set = set()
        self._maps: Dict[str, Any] = {}  # vpath -> source map of a compiled Python module

    # -- building ------------------------------------------------------------------------------

    def _load(self, vpath: str, importer: Optional[str]) -> Optional[str]:
        if vpath.startswith("ragot/"):
            path = RAGOT_JS / vpath[len("ragot/"):]
            return strip_js(path.read_text(encoding="utf-8")) if path.is_file() else None
        if vpath.startswith("sprag/"):
            path = self.runtime_files.get(vpath) or SPRAG_JS / vpath[len("sprag/"):]
            return strip_js(path.read_text(encoding="utf-8")) if path.is_file() else None
        if vpath == STORES_SHIM:
            return _stores_shim(declared_stores())
        if vpath == HELPERS:
            return ""  # filled with the union of helpers once every module is compiled
        if vpath.startswith("m/"):
            dotted = _vpath_module(vpath)
            reason = _server_only_reason(dotted)
            if reason is not None:
                where = ""
                if importer is not None and importer.startswith("m/"):
                    file, line, text = _import_line(_vpath_module(importer), dotted)
                    where = f"{file}:{line}: error: imports {dotted} ({text}), "
                raise BuildError(
                    f"{where}a server-only module ({reason}); the controller module must never "
                    "reach the browser. Move browser classes to their own file (components.py, "
                    "modules.py) and call the server with self.call_action(...)"
                )
            filename, source = _source_of(dotted)
            artifact = compile_python(source, filename, self.cache)
            self._helpers |= set(getattr(artifact, "helpers", ()) or ())
            if getattr(artifact, "source_map", None):
                self._maps[vpath] = artifact.source_map
            return artifact.code
        return None

    def _esm_loaders(self, surface: Surface) -> Dict[str, str]:
        out = {}
        for alias, mod in surface.modules.items():
            url = mod.src if mod.is_remote else self.asset_url(mod.src)
            pick = f"m[{json.dumps(mod.export)}]" if mod.export else "(m.default !== undefined ? m.default : m)"
            out[alias] = f"import({json.dumps(url)}).then((m) => {pick})"
        return out

    def build(self) -> _Built:
        """Compile and link every interactive surface; raise BuildError / JSCodegenError."""
        from sprag_codegen import helper_module

        from .dialect import check_imports_aliases

        graph = JsGraph(self._load, _ROOTS)
        entries: Dict[int, str] = {}
        errors: Dict[int, SurfaceBuildError] = {}
        for index, surface in enumerate(self.surfaces):
            if not surface.interactive:
                continue
            vpath = f"entry/{index}-{_slug(surface)}.js"
            try:
                graph.add(vpath, _entry_code(
                    browser_classes(surface), self._esm_loaders(surface), isinstance(surface, Mount)
                ))
                graph.collect(vpath)
                declared = list(surface.modules)
                for member in graph.closure(vpath):
                    if member.startswith("m/"):
                        filename, source = _source_of(_vpath_module(member))
                        check_imports_aliases(source, filename, declared, f"page {surface.path!r}")
            except Exception as exc:  # one broken surface never stops the others
                graph.discard(vpath)
                errors[id(surface)] = SurfaceBuildError(surface.path, exc)
                continue
            entries[id(surface)] = vpath
        if HELPERS in graph.deps:
            graph.add(HELPERS, _helpers_code(helper_module, sorted(self._helpers | {"$box"})))
            graph.collect(HELPERS)
        built = _Built()
        built.errors = errors
        if not self.dev:
            try:
                self._bundle(graph, entries, built)
                return built
            except BundleError as exc:
                log.warning("serving separate browser modules (bundling failed: %s)", exc)
                built = _Built()
                built.errors = errors
        linked = graph.link()
        immutable = not self.dev
        for vpath, module in linked.items():
            code = module.code if self.dev else minify_js(module.code)
            source_map = self._maps.get(vpath) if self.dev else None
            if source_map is not None:
                # linking rewrites import specifiers in place, so the compiler's lines still hold
                map_url = module.url + ".map"
                code += f"\n//# sourceMappingURL={map_url.rsplit('/', 1)[-1]}\n"
                built.files[map_url] = ServedFile(
                    json.dumps(source_map).encode("utf-8"), "application/json", immutable
                )
            built.files[module.url] = ServedFile(code.encode("utf-8"), "text/javascript", immutable)
        for surface in self.surfaces:
            vpath = entries.get(id(surface))
            if vpath is None:
                continue
            reach = graph.closure(vpath)
            built.plans[id(surface)] = BrowserPlan(
                entry=linked[vpath].url,
                preloads=tuple(linked[v].url for v in reach[1:]),
                files=tuple(linked[v].url for v in reach),
                members=tuple(reach),
            )
        return built

    def _bundle(self, graph: JsGraph, entries: Dict[int, str], built: _Built) -> None:
        """Production: one runtime bundle (shared) + one surface bundle per surface, minified."""
        names = {sid: vpath[len("entry/"):-3] for sid, vpath in entries.items()}
        files, bundled = bundle_surfaces(
            entries, names, graph.sources, graph.deps, graph.resolve, graph.closure, minify_js, JS_PREFIX,
            flags=self._flags(), surface_flags=self._live_surfaces(graph, entries),
        )
        for url, code in files.items():
            built.files[url] = ServedFile(code.encode("utf-8"), "text/javascript", True)
        for sid, b in bundled.items():
            preloads = (b.runtime,) if b.runtime else ()
            built.plans[sid] = BrowserPlan(b.entry, preloads, (b.entry,) + preloads, b.members)

    def _flags(self) -> Tuple[str, ...]:
        """Region features the build turns on for every surface: ``@static`` (sprag build
        static). ``@live`` is per surface (:meth:`_live_surfaces`)."""
        return ("@static",) if self.static_export else ()

    def _live_surfaces(self, graph: JsGraph, entries: Dict[int, str]) -> Dict[int, Tuple[str, ...]]:
        """``@live`` for each surface whose code imports a ``store(..., live=True)`` from
        app/stores.py: only those pages ship the browser stores' listener and the SSE client."""
        from ..stores import registered_stores

        live = {var for var, shared in declared_stores().items() if shared.live}
        # a browser module may also call sprag's store("name") itself
        named = [json.dumps(s.name) for s in registered_stores().values() if s.live]
        if not named:
            return {}
        out: Dict[int, Tuple[str, ...]] = {}
        for sid, entry in entries.items():
            for v in graph.closure(entry):
                deps, code = graph.deps.get(v, ()), graph.sources.get(v, "")
                if (STORES_SHIM in deps and _imported_names(code) & live) or (
                    v != STORES_SHIM and "sprag/stores.js" in deps and not v.startswith(("sprag/", "ragot/"))
                    and any(n in code for n in named)
                ):
                    out[sid] = ("@live",)
                    break
        return out

    def _from_build(self, prebuilt: Any) -> _Built:
        """The plans and files a ``sprag build`` wrote (nothing is compiled)."""
        built = _Built()
        built.files = prebuilt.js_files()
        for surface in self.surfaces:
            if not surface.interactive:
                continue
            entry = prebuilt.surface(surface.path)
            if not entry or not entry.get("entry"):
                raise BuildError(
                    f"the build in {prebuilt.folder} has no browser entry for {surface.path}; "
                    "it was made from other sources: run `sprag build` again"
                )
            preloads = tuple(entry.get("preloads", ()))
            built.plans[id(surface)] = BrowserPlan(
                entry["entry"], preloads, (entry["entry"],) + preloads, tuple(entry.get("members", ()))
            )
        return built

    def built(self) -> _Built:
        if self._built is None:
            with self._lock:
                if self._built is None:
                    prebuilt = self.prebuilt
                    self._built = self._from_build(prebuilt) if prebuilt is not None else self.build()
        return self._built

    # -- what the renderer and the server use --------------------------------------------------

    def plan_for(self, surface: Surface) -> Optional[BrowserPlan]:
        if not surface.interactive:
            return None
        if self.prebuilt is None and not compiler_available():
            # sprag-codegen without its compiler (a partial install): server HTML still works.
            log.warning("sprag_codegen.compile_source is missing: %s renders without browser code", surface.path)
            return None
        built = self.built()
        error = built.errors.get(id(surface))
        if error is not None:
            raise error
        return built.plans.get(id(surface))

    def errors(self) -> List[SurfaceBuildError]:
        """The surfaces whose browser code does not build (each with its diagnostic)."""
        return list(self.built().errors.values())

    def files(self) -> Dict[str, ServedFile]:
        """URL -> file for every browser module (what ``sprag build`` writes)."""
        return dict(self.built().files)

    def register_routes(self, flask: Flask) -> None:
        flask.add_url_rule(JS_PREFIX + "<path:rel>", "sprag_js", self._serve)

    def _serve(self, rel: str) -> Response:
        from flask import abort

        served = self.built().files.get(JS_PREFIX + rel)
        if served is None:
            abort(404)
        return send(served)


def _helpers_code(helper_module: Any, names: List[str]) -> str:
    """``helper_module(names)``, making sure every requested name is exported.

    Workaround: some sprag-codegen builds define a requested helper without exporting it.
    """
    if not names:
        return ""
    code = helper_module(names)
    missing = [
        n for n in names
        if not re.search(r"export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+" + re.escape(n) + r"\b", code)
        and not re.search(r"export\s*\{[^}]*" + re.escape(n) + r"\b", code)
    ]
    if missing:
        code += "export { " + ", ".join(missing) + " };\n"
    return _helper_regions(code)


_TOP_DECL = re.compile(r"^(?:export\s+)?(?:async\s+)?(?:function\s*\*?|const|let|var|class)\s*([\w$]+)")


def _helper_regions(code: str) -> str:
    """Each top-level helper of ``code`` in a bundler region kept only when its name is used
    (``//#if $bindp``): the app's helpers module is the union over every compiled module, and
    a page's bundle keeps only the helpers its own code (and the helpers it keeps) calls."""
    out: List[str] = []
    open_region = False
    for line in code.split("\n"):
        m = _TOP_DECL.match(line)
        starts = m is not None
        ends = line.startswith(("export {", "export{", "import"))
        if (starts or ends) and open_region:
            out.append("//#endif")
            open_region = False
        if starts:
            out.append(f"//#if {m.group(1)}")  # type: ignore[union-attr]
            open_region = True
        out.append(line)
    if open_region:
        out.append("//#endif")
    return "\n".join(out) + ("\n" if not code.endswith("\n") else "")


def compiler_available() -> bool:
    import sprag_codegen

    return hasattr(sprag_codegen, "compile_source") and hasattr(sprag_codegen, "helper_module")


def _slug(surface: Surface) -> str:
    text = surface.name or surface.path
    return "".join(ch if ch.isalnum() else "-" for ch in text).strip("-") or "index"

