"""Link a graph of ES modules into content-hashed, immutable URLs.

Sources are registered under virtual paths (``ragot/vdom.js``, ``sprag/boot.js``,
``m/app/routes/counter/modules.js``, ``pyrt/helpers.js``, ``entry/counter.js``). Import
specifiers that are relative or start with a known root are resolved to virtual paths and
rewritten to absolute hashed URLs ``/__sprag__/js/<path>.<hash12>.js``. A module's hash covers
everything it reaches, so a change anywhere below it changes its URL (cycles included).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Set

__all__ = ["JsGraph", "LinkedModule", "JS_PREFIX"]

JS_PREFIX = "/__sprag__/js/"

_SPEC = re.compile(
    r"""(?P<head>\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?|\bexport\s*(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*|\bimport\s*\(\s*)(?P<q>["'])(?P<spec>[^"'\n]+)(?P=q)"""
)


@dataclass(frozen=True)
class LinkedModule:
    vpath: str
    url: str
    code: str
    deps: tuple  # vpaths imported directly (static imports)


class JsGraph:
    """Collect modules by virtual path (loading on demand) and link them."""

    def __init__(self, loader: Callable[[str, Optional[str]], Optional[str]], roots: tuple) -> None:
        self._loader = loader
        self._roots = roots
        self.sources: Dict[str, str] = {}
        self.deps: Dict[str, List[str]] = {}

    def add(self, vpath: str, code: str) -> None:
        self.sources[vpath] = code
        self.deps.pop(vpath, None)

    def resolve(self, importer: str, spec: str) -> Optional[str]:
        """The virtual path ``spec`` names from ``importer``, or None for URLs left as written."""
        if spec.startswith(("./", "../")):
            return posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))
        if spec.startswith(self._roots):
            return spec
        return None  # absolute URLs and remote modules stay as written

    def collect(self, vpath: str, trail: tuple = ()) -> None:
        """Load ``vpath`` and everything it imports."""
        stack = [(vpath, trail)]
        while stack:
            current, chain = stack.pop()
            if current in self.deps:
                continue
            if current not in self.sources:
                code = self._loader(current, chain[0] if chain else None)
                if code is None:
                    via = " <- ".join(chain) or "the page entry"
                    raise FileNotFoundError(f"browser module {current} not found (imported by {via})")
                self.sources[current] = code
            found = []
            for m in _SPEC.finditer(self.sources[current]):
                target = self.resolve(current, m.group("spec"))
                if target is not None and target not in found:
                    found.append(target)
            self.deps[current] = found
            stack.extend((d, (current,) + chain) for d in found)

    def discard(self, vpath: str) -> None:
        """Forget ``vpath`` and every module left reaching a module that failed to load."""
        self.sources.pop(vpath, None)
        self.deps.pop(vpath, None)
        changed = True
        while changed:
            changed = False
            for v, found in list(self.deps.items()):
                if any(d not in self.sources or (d not in self.deps) for d in found):
                    del self.deps[v]
                    self.sources.pop(v, None)
                    changed = True

    def closure(self, vpath: str) -> List[str]:
        """``vpath`` and everything it reaches, in a stable order."""
        seen: Set[str] = set()
        order: List[str] = []
        stack = [vpath]
        while stack:
            v = stack.pop()
            if v in seen:
                continue
            seen.add(v)
            order.append(v)
            stack.extend(reversed(self.deps.get(v, [])))
        return order

    def link(self) -> Dict[str, LinkedModule]:
        """Every collected module with its hashed URL and rewritten imports."""
        urls: Dict[str, str] = {}
        for vpath in self.deps:
            digest = hashlib.sha256()
            for member in sorted(self.closure(vpath)):
                digest.update(member.encode() + b"\0" + self.sources[member].encode() + b"\0")
            stem = vpath[:-3] if vpath.endswith(".js") else vpath
            urls[vpath] = f"{JS_PREFIX}{stem}.{digest.hexdigest()[:12]}.js"
        linked: Dict[str, LinkedModule] = {}
        for vpath in self.deps:

            def rewrite(m: re.Match[str], importer: str = vpath) -> str:
                target = self.resolve(importer, m.group("spec"))
                if target is None:
                    return m.group(0)
                return f"{m.group('head')}{m.group('q')}{urls[target]}{m.group('q')}"

            code = _SPEC.sub(rewrite, self.sources[vpath])
            linked[vpath] = LinkedModule(vpath, urls[vpath], code, tuple(self.deps[vpath]))
        return linked
