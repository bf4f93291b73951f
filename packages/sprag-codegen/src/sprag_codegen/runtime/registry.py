"""One source of truth for runtime helpers: name -> JS source, dependencies found by scanning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List

from . import (
    js_bigint,
    js_builtins,
    js_containers,
    js_core,
    js_dispatch,
    js_exceptions,
    js_format,
    js_libm,
    js_methods,
    js_model,
    js_numbers,
    js_sets,
    js_strmethods,
    js_text,
)

__all__ = ["Helper", "HELPERS", "helper_closure", "helper_module", "render_helpers"]

_IDENT = re.compile(r"\$[A-Za-z_][A-Za-z0-9_]*")
# `typeof $X === "function" && ...` guards an optional helper: it is not pulled in (a value of
# that kind cannot exist unless something else shipped $X, e.g. `$Range` objects need `$range`).
_OPTIONAL = re.compile(r"typeof (\$[A-Za-z_][A-Za-z0-9_]*) === \"function\"")
_LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)
_INIT = re.compile(r"^(?:class|const|let) ", re.MULTILINE)
_TOP_DECL = re.compile(r"^(?:function\*?|class|const|let) ", re.MULTILINE)


@dataclass(frozen=True)
class Helper:
    """One runtime helper: a top-level JS declaration named ``name`` and the helpers it uses."""

    name: str
    source: str
    deps: FrozenSet[str]


# Compiled code behaves as CPython 3.11, whichever Python runs the compiler: a few messages
# changed between versions, and the output must not depend on the build machine.
_VERSIONED = {
    "@@EMPTY_MINMAX@@": "arg is an empty sequence",
    "@@FLOAT_MOD@@": "float modulo",
    "@@FLOAT_DIVMOD@@": "float divmod()",
    "@@UNBOUND_LOCAL@@": "cannot access local variable '${name}' where it is not associated with a value",
}


def _load() -> Dict[str, Helper]:
    sources: Dict[str, str] = {}
    for module in (js_core, js_numbers, js_bigint, js_libm, js_text, js_format, js_exceptions, js_containers,
                   js_strmethods, js_methods, js_dispatch, js_builtins, js_model, js_sets):
        for name, src in module.SOURCES.items():
            if name in sources:
                raise RuntimeError(f"runtime helper {name} is defined twice")
            for marker, text in _VERSIONED.items():
                src = src.replace(marker, text)
            sources[name] = src.strip("\n")
    helpers = {}
    for name, src in sources.items():
        code = _LINE_COMMENT.sub("", src)  # a helper named in a comment is not a dependency
        optional = set(_OPTIONAL.findall(code))
        deps = {tok for tok in _IDENT.findall(code)
                if tok in sources and tok != name and tok not in optional}
        if name == "$big":
            deps.add("$bigstr")  # every BigInt comes from $big or a literal (which ships $big)
        if name == "$newset":
            # Every set comes from $newset; iteration, printing and the set operators of
            # `- | & ^` and their in-place forms look for these (optional elsewhere).
            deps.update({"$setorder", "$setop", "$setiop"})
        if name == "$DictView":
            deps.add("$setop")  # keys/items views combine with `- | & ^`
        helpers[name] = Helper(name, src, frozenset(deps))
    return helpers


HELPERS: Dict[str, Helper] = _load()


def helper_closure(names: Iterable[str]) -> List[str]:
    """Names plus everything they need, ordered so each helper comes after its dependencies."""
    ordered: List[str] = []
    seen = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        if name not in HELPERS:
            raise KeyError(f"unknown runtime helper {name!r}")
        seen.add(name)
        for dep in sorted(HELPERS[name].deps):
            visit(dep)
        ordered.append(name)

    for name in sorted(set(names)):
        visit(name)
    # Function declarations are hoisted, so only consts and classes need their dependencies
    # first; ordering those by their direct const/class dependencies keeps a cycle through a
    # function ($BaseException -> $repr -> $intstr -> $ValueError) from inverting `extends`.
    functions = [n for n in ordered if not _INIT.search(HELPERS[n].source)]
    inits = [n for n in ordered if _INIT.search(HELPERS[n].source)]
    placed: List[str] = []
    done = set()

    def place(name: str) -> None:
        if name in done:
            return
        done.add(name)
        for dep in sorted(HELPERS[name].deps):
            if dep in inits:
                place(dep)
        placed.append(name)

    for name in inits:
        place(name)
    return functions + placed


def render_helpers(names: Iterable[str], export: bool = False) -> str:
    """The JS source of the helpers (tree-shaken), optionally each one exported."""
    return _render(frozenset(names), export)


@lru_cache(maxsize=2048)
def _render(names: FrozenSet[str], export: bool) -> str:
    text = "\n".join(HELPERS[n].source for n in helper_closure(names)) + "\n"
    if export:
        text = _TOP_DECL.sub(lambda m: "export " + m.group(0), text)
    return text


def helper_module(names: Iterable[str]) -> str:
    """An ES module exporting ``names`` and the helpers they need."""
    return "// sprag-codegen runtime helpers\n" + render_helpers(names, export=True)
