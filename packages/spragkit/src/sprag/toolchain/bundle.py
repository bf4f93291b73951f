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

import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Optional, Set, Tuple

from .jsscan import ScanError, top_level_names
from .jsscan import words as _js_words

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
    # (dep vpath, [(imported name, local name)], namespace local or None); [] = side effect only
    imports: List[Tuple[str, List[Tuple[str, str]], Optional[str]]]
    exports: Dict[str, str]  # exported name -> local name, or "{dep}.name" for a re-export
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


@functools.lru_cache(maxsize=1024)
def _top_level_names(body: str) -> frozenset:
    """Memoised: the same runtime module bodies recur in every surface of a build."""
    return frozenset(top_level_names(body))


def _parse(vpath: str, code: str, resolve: Callable[[str, str], Optional[str]]) -> _Parsed:
    parsed = _Parsed("", [], {}, [])

    def target(spec: str) -> str:
        found = resolve(vpath, spec)
        if found is None:
            raise BundleError(f"{vpath} imports {spec!r}, which is not part of the bundle")
        return found

    def on_export_from(m: re.Match[str]) -> str:
        dep = target(m.group("spec"))
        parsed.imports.append((dep, [], None))
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
        names = m.group("names")
        parsed.imports.append((dep, _names(names) if names else [], m.group("ns")))
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


# -- conditional regions ---------------------------------------------------------------------
#
# The runtime files mark optional code (a method nothing calls, a branch for a feature the
# page does not use) with line comments the stripper keeps:
#
#     //#if listen emit
#     listen(event, fn) { ... }
#     //#endif
#
# A region is kept when one of its words is a name the code kept so far uses: an identifier
# or property name, or a string literal that is a whole name, as the lexer reads them (not a
# word inside another string or a comment), outside the region itself and outside
# import/export lists; kept regions add their code, until nothing changes. A word ending in ``*`` is a prefix (``get*`` matches ``getItem``);
# ``re:PATTERN`` (no spaces) is a regular expression searched in that code, and ``@name`` one
# of the named patterns in ``_FEATURES``. Compiled
# Python names methods in strings ($ga(..., "onClick")), so a name that is only ever looked up
# still keeps its method. Code that reads attributes by computed names keeps every region.

_REGION = re.compile(r"^[ \t]*//#(if[ \t]+(?P<words>[^\n]*)|endif)[ \t]*$", re.M)
_DYNAMIC = re.compile(r"\$(?:getattr|setattr|hasattr|delattr)\b|\bReflect\.|\[\s*[\w$.]+\s*\]\s*\(")
_WORD = re.compile(r"[\w$]+")
# ``@feature`` words: what code using the feature looks like once compiled by the ragot dialect
_FEATURES = {
    # a listener in a ui call ({"on_click": fn}), or attributes spread from a dict that may hold one
    "@events": (r"[\"']on[_-][\w-]+[\"']\s*:", r"Object\.assign\(\{"),
    # a Component class as a vnode tag or hydrated by class (hand-written runtime code only:
    # compiled Python never nests components this way)
    "@components": (r"\bh\(\s*(?!Fragment\b)[A-Z]", r"\bhydrate\(\s*[A-Z]"),
    "@refs": (r"[\"']ref[\"']\s*:", r"Object\.assign\(\{"),
    # a style given as a dict (a string style needs nothing)
    "@style": (r"[\"']style[\"']\s*:\s*(?![\"'])", r"Object\.assign\(\{"),
    "@svg": (r"[\"']svg[\"']",),
    # code for `sprag dev` only (its client keeps module state across reloads): bundles are
    # production, so it never matches
    "@dev": (),
    # a static export (`sprag build static`): set by the build as a flag, never by a pattern
    "@static": (),
    # the app declares a store(..., live=True): set by the build as a flag
    "@live": (),
}
# import lines and export lists link names; they do not use them
_LINKAGE = re.compile(r"^(?:import\b|export\s*[{*]).*$", re.M)


@dataclass
class _Region:
    words: List[str]
    parts: List[Any]  # str or _Region
    kept: bool = False


def _split_regions(vpath: str, code: str) -> List[Any]:
    root: List[Any] = []
    stack: List[List[Any]] = [root]
    pos = 0
    for m in _REGION.finditer(code):
        stack[-1].append(code[pos : m.start()])
        pos = m.end()
        if m.group("words") is not None:
            words = m.group("words").split()
            if not words:
                raise BundleError(f"{vpath}: '//#if' needs the words that keep the region")
            region = _Region(words, [])
            stack[-1].append(region)
            stack.append(region.parts)
        else:
            if len(stack) == 1:
                raise BundleError(f"{vpath}: '//#endif' without '//#if'")
            stack.pop()
    if len(stack) != 1:
        raise BundleError(f"{vpath}: '//#if' without '//#endif'")
    root.append(code[pos:])
    return root


# A build resolves regions once per surface and per runtime group over mostly the same
# module texts: what a piece of text uses is worked out once per build process.
@functools.lru_cache(maxsize=8192)
def _used_words(part: str) -> Tuple[str, frozenset]:
    """``part`` without its import/export lines, and the words it uses."""
    text = _LINKAGE.sub("", part)
    return text, _names_used(text)


@functools.lru_cache(maxsize=8192)
def _names_used(code: str) -> frozenset:
    """The names ``code`` uses, from the lexer (what keeps a region): identifiers and property
    names, not words inside strings or comments (``"application/octet-stream"`` keeps no
    ``stream`` region)."""
    try:
        return frozenset(_js_words(code))
    except ScanError:
        return frozenset(_WORD.findall(code))


@functools.lru_cache(maxsize=4096)
def _words(code: str) -> frozenset:
    """Every word of ``code``: whether an import's binding is still used (over-approximates,
    which only keeps a module; cheap on whole module bodies)."""
    return frozenset(_WORD.findall(code))


@functools.lru_cache(maxsize=65536)
def _mentions(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None  # re keeps compiled patterns


def _resolve_regions(sources: Dict[str, str], flags: Iterable[str] = ()) -> Dict[str, str]:
    """``sources`` with every region nothing needs removed (see above); ``flags`` are
    ``@features`` the build turns on itself (``@static`` for ``sprag build static``)."""
    flags = set(flags)
    trees = {v: _split_regions(v, code) for v, code in sources.items()}
    live: Set[str] = set()
    texts: List[str] = []
    pending: List[_Region] = []  # regions with @features, patterns, prefixes or flags
    waiting: Dict[str, List[_Region]] = {}  # plain word -> regions it would keep
    queue: List[_Region] = []  # regions to keep
    keep_all = any(_DYNAMIC.search(code) for v, code in sources.items() if not _is_runtime(v))

    def take(parts: List[Any]) -> None:
        for part in parts:
            if isinstance(part, str):
                text, words = _used_words(part)
                texts.append(text)
                for w in words - live:
                    queue.extend(waiting.pop(w, ()))
                live.update(words)
            elif keep_all or any(w in flags or w[0] == "@" or w.startswith("re:") or w[-1] == "*" for w in part.words):
                pending.append(part)
            elif any(w in live for w in part.words):
                queue.append(part)
            else:
                for w in part.words:
                    waiting.setdefault(w, []).append(part)

    found: Set[str] = set()  # patterns seen in the kept code (kept code only grows)
    scanned: Dict[str, int] = {}  # pattern -> how many of ``texts`` it has searched

    def seen(pattern: str) -> bool:
        if pattern in found:
            return True
        start = scanned.get(pattern, 0)
        scanned[pattern] = len(texts)
        if any(_mentions(pattern, t) for t in texts[start:]):
            found.add(pattern)
            return True
        return False

    def wanted(region: _Region) -> bool:
        for w in region.words:
            if w in flags:
                return True
            if w.startswith("@"):
                if w not in _FEATURES:
                    raise BundleError(f"unknown region feature {w!r} (known: {', '.join(sorted(_FEATURES))})")
                if any(seen(pattern) for pattern in _FEATURES[w]):
                    return True
            elif w.startswith("re:"):
                if seen(w[3:]):
                    return True
            elif w.endswith("*"):
                if any(x.startswith(w[:-1]) for x in live):
                    return True
            elif w in live:
                return True
        return False

    for parts in trees.values():
        take(parts)
    while True:
        while queue:
            region = queue.pop()
            if not region.kept:
                region.kept = True
                take(region.parts)
        progress = False
        for region in list(pending):
            if keep_all or wanted(region):
                region.kept = True
                pending.remove(region)
                take(region.parts)
                progress = True
        if not progress and not queue:
            break

    def emit(parts: List[Any]) -> str:
        return "".join(p if isinstance(p, str) else emit(p.parts) if p.kept else "" for p in parts)

    return {v: emit(parts) for v, parts in trees.items()}


# -- linking ---------------------------------------------------------------------------------


class _Linker:
    """Lays out modules in one function scope.

    Runtime modules (ragot/, sprag/, pyrt/: the framework's own files) are *hoisted*: their
    bodies are pasted in dependency order and their top-level names become locals of the
    bundle, so imports cost nothing and the minifier renames everything. A runtime module
    whose top-level names collide with an earlier one's is wrapped instead. Other modules
    (compiled Python, generated glue) are wrapped: ``const $s3=((a,b)=>{...;return{X}})(a,b);``
    with their imports passed in as arguments, so their names never meet the runtime's.
    """

    def __init__(self, parsed: Dict[str, _Parsed], needed: Dict[str, Set[str]]) -> None:
        self.parsed = parsed
        self.needed = needed
        self.hoisted: Set[str] = set()
        self.declared: Dict[str, str] = {}  # hoisted top-level name -> module
        self.var: Dict[str, str] = {}  # wrapped module -> variable

    def exports_of(self, v: str) -> Set[str]:
        p = self.parsed[v]
        out = set(p.exports)
        for dep in p.stars:
            out |= self.exports_of(dep)
        return out

    def target(self, v: str, name: str) -> str:
        """The expression that holds export ``name`` of module ``v``."""
        p = self.parsed[v]
        if name in p.exports:
            expr = p.exports[name]
            m = re.fullmatch(r"\{([^{}]+)\}\.([\w$]+)", expr)
            if m:
                return self.target(m.group(1), m.group(2))
            return expr if v in self.hoisted else f"{self.var[v]}.{name}"
        for dep in p.stars:
            if name in self.exports_of(dep):
                return self.target(dep, name)
        raise BundleError(f"{v} has no export {name!r}")

    def bindings(self, v: str) -> List[Tuple[str, str]]:
        out = []
        p = self.parsed[v]
        used = _words(p.body)
        for dep, pairs, ns in p.imports:
            for orig, alias in pairs:
                if alias not in used:
                    continue  # e.g. its only users were regions this bundle dropped
                out.append((alias, self.target(dep, orig)))
            if ns:
                fields = ",".join(f"{n}:{self.target(dep, n)}" for n in sorted(self.exports_of(dep)))
                out.append((ns, "{" + fields + "}"))
        return out

    def module(self, v: str, index: int, hoist: bool) -> str:
        p = self.parsed[v]
        if hoist:
            try:
                names = set(_top_level_names(p.body))
            except ScanError as exc:
                raise BundleError(f"{v}: {exc}") from None
            binds = [(a, t) for a, t in self.bindings(v) if a != t]
            names |= {a for a, _ in binds}
            if not names & set(self.declared):
                self.hoisted.add(v)
                for n in names:
                    self.declared[n] = v
                head = "".join(f"const {a}={t};" for a, t in binds)
                return f"{head}\n{p.body}\n"
        if p.stars:
            raise BundleError(f"{v}: 'export *' is only bundled in runtime modules")
        var = self.var[v] = f"$s{index}"
        binds = self.bindings(v)
        params = ",".join(a for a, _ in binds)
        args = ",".join(t for _, t in binds)
        wanted = self.needed.get(v, set())
        fields = []
        for name in sorted(p.exports):
            if name not in wanted:
                continue
            expr = p.exports[name]
            m = re.fullmatch(r"\{([^{}]+)\}\.([\w$]+)", expr)
            if m:
                expr = self.target(m.group(1), m.group(2))
            fields.append(name if expr == name else f"{name}:{expr}")
        ret = "return{" + ",".join(fields) + "};"
        return f"const {var}=(({params})=>{{\n{p.body}\n{ret}}})({args});\n"


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()[:12]


def _live(entries: Iterable[str], parsed: Dict[str, _Parsed]) -> Set[str]:
    """The modules reachable from ``entries`` through imports whose bindings are used.
    Side-effect, namespace and re-export imports always count, and so does every import of
    compiled code (it may import a runtime file only to install it, as ``keyed.js``)."""
    seen: Set[str] = set()
    stack = list(entries)
    while stack:
        v = stack.pop()
        if v in seen or v not in parsed:
            continue
        seen.add(v)
        p = parsed[v]
        used = _words(p.body)
        reexported = set(p.stars) | {d for e in p.exports.values() for d in re.findall(r"\{([^{}]+)\}\.", e)}
        stack.extend(reexported)
        compiled = not _is_runtime(v)
        for dep, pairs, ns in p.imports:
            if compiled or ns or not pairs or dep in reexported or any(alias in used for _, alias in pairs):
                stack.append(dep)
    return seen


def _needed(parsed: Dict[str, _Parsed]) -> Dict[str, Set[str]]:
    needed: Dict[str, Set[str]] = {}
    for p in parsed.values():
        for dep, pairs, ns in p.imports:
            bucket = needed.setdefault(dep, set())
            bucket.update(orig for orig, _ in pairs)
            if ns and dep in parsed:
                bucket.update(parsed[dep].exports)
        for expr in p.exports.values():
            for dep, name in re.findall(r"\{([^{}]+)\}\.([\w$]+)", expr):
                needed.setdefault(dep, set()).add(name)
    return needed


def bundle_surfaces(
    entries: Dict[int, str],
    names: Dict[int, str],
    sources: Dict[str, str],
    deps: Dict[str, List[str]],
    resolve: Callable[[str, str], Optional[str]],
    closure: Callable[[str], List[str]],
    minify: Callable[[str], str],
    prefix: str,
    flags: Iterable[str] = (),
    surface_flags: Optional[Dict[int, Iterable[str]]] = None,
) -> Tuple[Dict[str, str], Dict[int, BundledSurface]]:
    """Bundle every surface entry: returns (URL -> code, surface id -> BundledSurface).
    ``flags``: region features the build turns on (see :func:`_resolve_regions`);
    ``surface_flags``: more of them for one surface only (``@live`` for a page whose code
    uses a live store)."""
    flags = tuple(flags)
    per_surface = {sid: flags + tuple((surface_flags or {}).get(sid, ())) for sid in entries}
    files: Dict[str, str] = {}
    out: Dict[int, BundledSurface] = {}

    parses: Dict[Tuple[str, str], _Parsed] = {}

    def parse(v: str, text: str) -> _Parsed:
        """A module's parse, once per (module, region-resolved text) in this build."""
        key = (v, text)
        if key not in parses:
            parses[key] = _parse(v, text, resolve)
        return parses[key]

    def analyse(
        entry_list: List[str], members: Iterable[str], on: Tuple[str, ...]
    ) -> Tuple[List[str], Dict[str, _Parsed]]:
        """Resolve regions over ``members`` and drop the modules nothing uses any more (an
        import whose bindings only dropped regions used), until that settles."""
        current = sorted(set(members))
        while True:
            code = _resolve_regions({v: sources[v] for v in current if v in deps}, on)
            parsed = {v: parse(v, text) for v, text in code.items()}
            live = sorted(_live(entry_list, parsed))
            if live == current:
                return current, parsed
            current = live

    # A surface's runtime is what its own code still uses, regions included: surfaces share
    # one runtime file only when they need exactly the same runtime code, so no page
    # downloads a helper only another page uses (a page with no twin ships one file).
    reach: Dict[int, List[str]] = {}
    alone: Dict[int, Dict[str, _Parsed]] = {}
    groups: Dict[Tuple[Tuple[str, str], ...], List[int]] = {}
    for sid, entry in entries.items():
        members, own = analyse([entry], closure(entry), per_surface[sid])
        reach[sid], alone[sid] = members, own
        key = tuple((v, own[v].body) for v in members if _is_runtime(v) and v in own)
        groups.setdefault(key, []).append(sid)
    for key, sids in groups.items():
        runtime_set = tuple(v for v, _ in key)
        on = tuple(sorted({f for sid in sids for f in per_surface[sid]}))
        if len(sids) == 1:
            group, parsed = reach[sids[0]], alone[sids[0]]
        else:
            group, parsed = analyse([entries[sid] for sid in sids], {v for sid in sids for v in reach[sid]}, on)
        inside = set(group)
        needed = _needed(parsed)
        if len(sids) == 1:
            # no other surface shares this runtime: one file saves gzip framing and lets the
            # surface's code reuse the runtime's strings
            sid = sids[0]
            linker = _Linker(parsed, needed)
            order = _order([entries[sid]], deps, inside.__contains__)
            body = "".join(linker.module(v, i, _is_runtime(v)) for i, v in enumerate(order))
            text = minify(f"(()=>{{\n{body}}})();\n")
            url = f"{prefix}entry/{names[sid]}.{_digest(text)}.js"
            files[url] = text
            out[sid] = BundledSurface(url, None, tuple(reach[sid]))
            continue
        runtime_url: Optional[str] = None
        linker = _Linker(parsed, needed)
        rt_body = ""
        if runtime_set:
            order = _order(runtime_set, deps, lambda v, keep=inside: _is_runtime(v) and v in keep)
            rt_body = "".join(linker.module(v, i, True) for i, v in enumerate(order))
        surfaces = {}
        shared: Set[str] = set()
        for sid in sids:
            order = _order([entries[sid]], deps, lambda v, keep=inside: not _is_runtime(v) and v in keep)
            body = "".join(linker.module(v, 1000 + i, False) for i, v in enumerate(order))
            used = {w for v in order for _, t in linker.bindings(v) for w in re.findall(r"[\w$]+", t)}
            wanted = sorted(n for n in linker.declared if n in used) + sorted(
                linker.var[v] for v in linker.var if _is_runtime(v) and linker.var[v] in used
            )
            shared.update(wanted)
            surfaces[sid] = (body, wanted)
        if runtime_set:
            ret = ",".join(sorted(shared))
            text = minify(f"export const R=(()=>{{\n{rt_body}return{{{ret}}};}})();\n")
            runtime_url = f"{prefix}rt/runtime.{_digest(text)}.js"
            files[runtime_url] = text
        for sid, (body, wanted) in surfaces.items():
            head = f'import{{R}}from"{runtime_url}";\n' if runtime_url else ""
            pick = f"const{{{','.join(wanted)}}}=R;\n" if wanted else ""
            text = minify(f"{head}(()=>{{\n{pick}{body}}})();\n")
            url = f"{prefix}entry/{names[sid]}.{_digest(text)}.js"
            files[url] = text
            out[sid] = BundledSurface(url, runtime_url, tuple(reach[sid]))
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

