"""The ragot dialect for sprag-codegen: how browser Python lowers onto the ragot JS runtime.

    from ragot.dialect import ragot_dialect, compile_component_module
    dialect = ragot_dialect(runtime="/static/ragot")   # where the runtime's files are served
    art = compile_component_module(source, "components.py", runtime="/static/ragot")

- `from ragot import Component, Module, debounce, ...` import the runtime files they need
  (`<runtime>/component.js`, `<runtime>/module.js`, `<runtime>/timing.js` ...), so a page
  loads only the pieces it uses.
- `ui.<tag>(...)` -> `h("tag", {...}, [...])`, attributes normalised at compile time.
- `self.timeout(fn, s)` / `self.interval(fn, s)` -> milliseconds.
- snake_case attribute and method names -> camelCase (`set_state` -> `setState`).
- server-only imports (`specter`, `flask`, `os` ...) fail the build with a hint.

spragkit extends it: `ragot_dialect(...).extend(Dialect(name="sprag", ...))`.
"""

from __future__ import annotations

from typing import Any, Optional

from sprag_codegen.dialect import Dialect, ImportBinding

from .behaviour import decorator_lowerings, runtime_names, timer_lowerings
from .elements import element_lowerings
from .names import REJECTED_IMPORTS, attribute_name

__all__ = [
    "ragot_dialect",
    "dialect",
    "compile_component_module",
    "attribute_name",
    "DEFAULT_RUNTIME",
    "REJECTED_IMPORTS",
]

DEFAULT_RUNTIME = "/ragot"


def ragot_dialect(runtime: str = DEFAULT_RUNTIME) -> Dialect:
    """The ragot dialect with the JS runtime's files served under `runtime` (a URL path or
    specifier base without a trailing slash: `"/static/ragot"`, `"./ragot"`)."""
    if not isinstance(runtime, str) or not runtime or runtime.endswith("/"):
        raise ValueError(
            f"ragot_dialect(runtime=) is a specifier base without a trailing '/', "
            f"e.g. '/static/ragot'; got {runtime!r}"
        )
    intrinsics = {**element_lowerings(runtime), **timer_lowerings()}
    return Dialect(
        name="ragot",
        imports={"ragot": ImportBinding(names=runtime_names(runtime))},
        rejected_imports=REJECTED_IMPORTS,
        globals={},
        attribute_name=attribute_name,
        intrinsics=intrinsics,
        decorators=decorator_lowerings(runtime),
        base_classes=frozenset({"ragot.Component", "ragot.Module"}),
        # set by Component's / Module's constructor (self.state, self.element ...)
        attributes=frozenset({"state", "props", "element", "refs", "screen"}),
    )


dialect = ragot_dialect()


def compile_component_module(
    source: str,
    filename: str,
    runtime: str = DEFAULT_RUNTIME,
    *,
    extra: Optional[Dialect] = None,
    **options: Any,
) -> Any:
    """Compile a module of Components/Modules to an ES module (a sprag_codegen `Artifact`).

    `extra` extends the ragot dialect (spragkit's names); `options` go to `compile_source`
    (`helpers=`, `helpers_specifier=`, `resolve_relative=` ...).
    """
    from sprag_codegen import compile_source

    chosen = ragot_dialect(runtime)
    if extra is not None:
        chosen = chosen.extend(extra)
    return compile_source(source, filename, dialect=chosen, **options)
