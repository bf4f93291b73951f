"""Production bundles: the ES modules a surface reaches, in two files.

gzip costs ~100-200 bytes of framing and loses cross-file matches for every separate small
module, so in production each interactive surface loads

* one **runtime bundle** (``/__sprag__/js/rt/runtime.<hash>.js``): the ragot and sprag runtime
  files and the Python helpers the surface reaches. Surfaces that reach the same set share
  one URL, so it is cached once for the whole site;
* one **surface bundle** (``/__sprag__/js/entry/<name>.<hash>.js``): the surface's compiled
  classes, generated modules and its boot glue. It imports the runtime bundle.

A runtime set that only one surface reaches is not split off: that surface ships one file
(nothing would be shared, and one file gzips smaller than two).

Each module becomes an arrow function called once, in dependency order, returning the names
other modules import from it (``const $3=(()=>{...;return{h,patch}})();``). Its top-level
names are then locals, so the minifier can rename them. Modules whose shape this cannot
express (``export default``, ``export let``, import cycles, anything unparsed) make
:func:`bundle_surfaces` raise :class:`BundleError`; the caller then serves separate files.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Set, Tuple

__all__ = ["BundleError", "BundledSurface", "bundle_surfaces", "RUNTIME_ROOTS"]

RUNTIME_ROOTS = ("ragot/", "sprag/", "pyrt/")

_Q = r"""(?P<q>["'])(?P<spec>[^"'\n]+)(?P=q)"""
_IMPORT = re.compile(
    r"^import\s*(?:(?P<default>[\w$]+)\s*,?\s*)?(?:\{(?P<names>[^}]*)\}|\*\s*as\s+(?P<ns>[\w$]+))?\s*(?:from\s*)?"
    + _Q + r"[ \t]*;?",
    re.M,
)
_EXPORT_FROM = re.compile(r"^export\s*(?:(?P<star>\*)|\{(?P<names>[^}]*)\})\s*from\s*" + _Q + r"[ \t]*;?", re.M)
_EXPORT_LIST = re.compile(r"^export\s*\{(?P<names>[^}]*)\}[ \t]*;?", re.M)
_EXPORT_DECL = re.compile(r"^export\s+(?P<kw>(?:async\s+)?function\s*\*?|class|const|let|var)\s*(?P<name>[\w$]+)", re.M)
_LEFTOVER = re.compile(r"^\s*(?:import\s*[\w${*\"']|export\b)", re.M)
_IDENT = re.compile(r"^[A-Za-z_$][\w$]*$")


class BundleError(Exception):
    """A module cannot be bundled (the caller falls back to separate files)."""


@dataclass(frozen=True)
class BundledSurface:
    entry: str  # URL of the surface bundle
    runtime: Optional[str]  # URL of the runtime bundle it imports
    members: Tuple[str, ...]  # every virtual path the surface reaches


@dataclass
class _Parsed:
    body: str
    imports: List[Tuple[str, str]]  # (vpath, JS statement template with {var})
    exports: Dict[str, str]  # exported name -> expression (may use {vpath} placeholders)
    stars: List[str]  # vpaths re-exported with export *


def _names(text: str) -> List[Tuple[str, str]]:
    """``a, b as c`` -> [("a", "a"), ("b", "c")]."""
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        bits = part.split()
        if len(bits) == 3 and bits[1] == "as":
            out.append((bits[0], bits[2]))
        elif len(bits) == 1:
            out.append((bits[0], bits[0]))
        else:
            raise BundleError(f"cannot read import/export list {text!r}")
        for name in out[-1]:
            if not _IDENT.match(name):
                raise BundleError(f"cannot bundle the name {name!r}")
    return out


def _parse(vpath: str, code: str, resolve: Callable[[str, str], Optional[str]]) -> _Parsed:
    parsed = _Parsed("", [], {}, [])
    refs: List[str] = []

    def target(spec: str) -> str:
        found = resolve(vpath, spec)
        if found is None:
            raise BundleError(f"{vpath} imports {spec!r}, which is not part of the bundle")
        return found

    def on_export_from(m: re.Match[str]) -> str:
        dep = target(m.group("spec"))
        refs.append(dep)
        if m.group("star"):
            parsed.stars.append(dep)
        else:
            for orig, alias in _names(m.group("names")):
                parsed.exports[alias] = f"{{{dep}}}.{orig}"
        return ""

    def on_import(m: re.Match[str]) -> str:
        dep = target(m.group("spec"))
        if m.group("default"):
            raise BundleError(f"{vpath}: default imports are not bundled")
        if m.group("ns"):
            parsed.imports.append((dep, f"const {m.group('ns')}={{var}};"))
        elif m.group("names") is not None:
            pairs = _names(m.group("names"))
            if pairs:
                inner = ",".join(o if o == a else f"{o}:{a}" for o, a in pairs)
                parsed.imports.append((dep, "const{" + inner + "}={var};"))
            else:
                parsed.imports.append((dep, ""))
        else:
            parsed.imports.append((dep, ""))
        return ""

    def on_export_list(m: re.Match[str]) -> str:
        for local, alias in _names(m.group("names")):
            parsed.exports[alias] = local
        return ""

    def on_decl(m: re.Match[str]) -> str:
        kw = m.group("kw")
        if kw in ("let", "var"):
            raise BundleError(f"{vpath}: 'export {kw}' needs a live binding; not bundled")
        parsed.exports[m.group("name")] = m.group("name")
        return kw + " " + m.group("name")

    code = _EXPORT_FROM.sub(on_export_from, code)
    code = _IMPORT.sub(on_import, code)
    code = _EXPORT_LIST.sub(on_export_list, code)
    code = _EXPORT_DECL.sub(on_decl, code)
    if _LEFTOVER.search(code):
        line = _LEFTOVER.search(code).group(0).strip()  # type: ignore[union-attr]
        raise BundleError(f"{vpath}: cannot bundle the statement starting {line!r}")
    parsed.body = code
    return parsed


def _order(roots: Iterable[str], deps: Dict[str, List[str]], keep: Callable[[str], bool]) -> List[str]:
    """Members (filtered by ``keep``) reachable from ``roots``, dependencies first; cycles raise."""
    order: List[str] = []
    state: Dict[str, int] = {}

    def visit(v: str) -> None:
        s = state.get(v)
        if s == 2:
            return
        if s == 1:
            raise BundleError(f"import cycle through {v}")
        state[v] = 1
        for d in deps.get(v, []):
            if keep(d):
                visit(d)
        state[v] = 2
        order.append(v)

    for r in roots:
        if keep(r):
            visit(r)
    return order


def _is_runtime(vpath: str) -> bool:
    return vpath.startswith(RUNTIME_ROOTS)


class _Emitter:
    """Writes modules as arrow functions, naming module ``v`` by ``var(v)``."""

    def __init__(self, parsed: Dict[str, _Parsed], needed: Dict[str, Set[str]]) -> None:
        self.parsed = parsed
        self.needed = needed

    def module(self, vpath: str, var: Callable[[str], str]) -> str:
        p = self.parsed[vpath]
        head = "".join(stmt.replace("{var}", var(dep)) for dep, stmt in p.imports if stmt)
        wanted = self.needed.get(vpath, set())
        fields = []
        for name in sorted(p.exports):
            if name not in wanted and not p.stars:
                continue
            expr = p.exports[name]
            for dep in re.findall(r"\{([^{}]+)\}", expr):
                expr = expr.replace(f"{{{dep}}}", var(dep))
            fields.append(name if expr == name else f"{name}:{expr}")
        spread = [f"...{var(dep)}" for dep in p.stars]
        ret = "return{" + ",".join(spread + fields) + "};"
        return f"(()=>{{{head}\n{p.body}\n{ret}}})()"


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()[:12]


def bundle_surfaces(
    entries: Dict[int, str],
    names: Dict[int, str],
    sources: Dict[str, str],
    deps: Dict[str, List[str]],
    resolve: Callable[[str, str], Optional[str]],
    closure: Callable[[str], List[str]],
    minify: Callable[[str], str],
    prefix: str,
) -> Tuple[Dict[str, str], Dict[int, BundledSurface]]:
    """Bundle every surface entry: returns (URL -> code, surface id -> BundledSurface)."""
    parsed = {v: _parse(v, code, resolve) for v, code in sources.items() if v in deps}
    needed: Dict[str, Set[str]] = {}
    for p in parsed.values():
        for dep, stmt in p.imports:
            inner = re.match(r"const\{(.*)\}=", stmt)
            if inner:
                needed.setdefault(dep, set()).update(part.split(":")[0] for part in inner.group(1).split(","))
            elif stmt and dep in parsed:  # namespace import: everything
                needed.setdefault(dep, set()).update(parsed[dep].exports)
        for expr in p.exports.values():
            for dep, name in re.findall(r"\{([^{}]+)\}\.([\w$]+)", expr):
                needed.setdefault(dep, set()).add(name)
    emitter = _Emitter(parsed, needed)
    files: Dict[str, str] = {}
    runtimes: Dict[Tuple[str, ...], Tuple[str, Dict[str, str]]] = {}
    out: Dict[int, BundledSurface] = {}
    reach = {sid: closure(entry) for sid, entry in entries.items()}
    sharing: Dict[Tuple[str, ...], int] = {}
    for members in reach.values():
        key = tuple(sorted(v for v in members if _is_runtime(v)))
        sharing[key] = sharing.get(key, 0) + 1
    for sid, entry in entries.items():
        members = reach[sid]
        runtime_set = tuple(sorted(v for v in members if _is_runtime(v)))
        runtime_url: Optional[str] = None
        keys: Dict[str, str] = {}
        if sharing.get(runtime_set) == 1:
            # no other surface would share a runtime file: one file saves gzip framing and
            # lets the surface's code reuse the runtime's strings
            order = _order([entry], deps, lambda v: True)
            local = {v: f"$s{i}" for i, v in enumerate(order)}
            body = "".join(f"const {local[v]}={emitter.module(v, local.__getitem__)};\n" for v in order)
            code = minify(f"(()=>{{\n{body}}})();\n")
            url = f"{prefix}entry/{names[sid]}.{_digest(code)}.js"
            files[url] = code
            out[sid] = BundledSurface(url, None, tuple(members))
            continue
        if runtime_set:
            if runtime_set not in runtimes:
                order = _order(runtime_set, deps, _is_runtime)
                local = {v: f"$r{i}" for i, v in enumerate(order)}
                keys = {v: f"r{i}" for i, v in enumerate(order)}
                body = "".join(f"const {local[v]}={emitter.module(v, local.__getitem__)};\n" for v in order)
                ret = ",".join(f"{keys[v]}:{local[v]}" for v in order)
                code = minify(f"export const R=(()=>{{\n{body}return{{{ret}}};}})();\n")
                url = f"{prefix}rt/runtime.{_digest(code)}.js"
                files[url] = code
                runtimes[runtime_set] = (url, keys)
            runtime_url, keys = runtimes[runtime_set]
        order = _order([entry], deps, lambda v: not _is_runtime(v))
        local = {v: f"$s{i}" for i, v in enumerate(order)}
        used_rt = sorted({d for v in order for d in deps.get(v, []) if _is_runtime(d)})
        for v in used_rt:
            local[v] = f"$R{keys[v]}"
        head = f'import{{R}}from"{runtime_url}";\n' if runtime_url else ""
        body = "".join(f"const {local[v]}=R.{keys[v]};\n" for v in used_rt)
        body += "".join(f"const {local[v]}={emitter.module(v, local.__getitem__)};\n" for v in order)
        code = minify(f"{head}(()=>{{\n{body}}})();\n")
        url = f"{prefix}entry/{names[sid]}.{_digest(code)}.js"
        files[url] = code
        out[sid] = BundledSurface(url, runtime_url, tuple(members))
    return files, out


def minify_js(code: str) -> str:
    """Minify an ES module: minify-go when installed (renames locals), else rjsmin, else as is."""
    try:
        import minify  # type: ignore[import-not-found]
    except ImportError:
        minify = None
    if minify is not None:
        try:
            return minify.string("application/javascript", code)
        except Exception:  # a minifier failure must not break serving: fall back
            pass
    try:
        import rjsmin  # type: ignore[import-not-found]
    except ImportError:
        return code
    return rjsmin.jsmin(code)

