"""URL patterns with ``[slug]`` and ``[...segments]`` and a router that orders them.

Precedence is literal > dynamic > catch-all, decided segment by segment from the left, so
``/blog/new`` beats ``/blog/[slug]`` which beats ``/blog/[...rest]``. Two patterns with the
same shape (``/blog/[slug]`` and ``/blog/[id]``) can never both be reached: that is a
:class:`RouteConflictError` naming both source files, raised when the app starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, Generic, List, Optional, Tuple, TypeVar, Union
from urllib.parse import unquote

__all__ = ["RoutePattern", "Router", "RouteConflictError", "RouteMatch"]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

LITERAL, DYNAMIC, CATCH_ALL = 0, 1, 2

T = TypeVar("T")


class RouteConflictError(ValueError):
    """Two surfaces claim the same URL shape."""


@dataclass(frozen=True)
class _Segment:
    kind: int
    value: str  # the literal text, or the parameter name


@dataclass(frozen=True)
class RoutePattern:
    """A parsed route path such as ``/docs/[...segments]``."""

    path: str
    segments: Tuple[_Segment, ...]

    @classmethod
    def parse(cls, path: str) -> RoutePattern:
        """Parse ``path``; raise ValueError with the reason when it is malformed."""
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValueError(f"route path must be a string starting with '/', got {path!r}")
        parts = [p for p in path.strip("/").split("/") if p != ""] if path != "/" else []
        segments: List[_Segment] = []
        names = set()
        for i, part in enumerate(parts):
            if part.startswith("[...") and part.endswith("]"):
                name, kind = part[4:-1], CATCH_ALL
                if i != len(parts) - 1:
                    raise ValueError(
                        f"route {path!r}: catch-all segment {part!r} must be the last segment"
                    )
            elif part.startswith("[") and part.endswith("]"):
                name, kind = part[1:-1], DYNAMIC
            elif "[" in part or "]" in part:
                raise ValueError(
                    f"route {path!r}: segment {part!r} mixes text and brackets; "
                    "use a whole segment like [slug] or [...segments]"
                )
            else:
                segments.append(_Segment(LITERAL, part))
                continue
            if not _NAME.match(name):
                raise ValueError(
                    f"route {path!r}: parameter name {name!r} must be a Python identifier"
                )
            if name in names:
                raise ValueError(f"route {path!r}: parameter {name!r} appears twice")
            names.add(name)
            segments.append(_Segment(kind, name))
        normal = "/" + "/".join(parts)
        return cls(normal, tuple(segments))

    @property
    def is_static(self) -> bool:
        """True when the pattern has no parameters."""
        return all(s.kind == LITERAL for s in self.segments)

    @property
    def param_names(self) -> List[str]:
        return [s.value for s in self.segments if s.kind != LITERAL]

    @property
    def shape(self) -> Tuple[Tuple[int, str], ...]:
        """What decides reachability: literals by text, parameters by kind only."""
        return tuple((s.kind, s.value if s.kind == LITERAL else "") for s in self.segments)

    @property
    def sort_key(self) -> Tuple[Any, ...]:
        # Segment by segment: literal (0) before dynamic (1) before catch-all (2); at equal
        # kinds the longer pattern wins (more specific).
        return (tuple(s.kind for s in self.segments) + (-1,), -len(self.segments))

    def match(self, path: str) -> Optional[Dict[str, Union[str, List[str]]]]:
        """Return the parameters when ``path`` matches, else None."""
        parts = [unquote(p) for p in path.strip("/").split("/") if p != ""]
        params: Dict[str, Union[str, List[str]]] = {}
        segs = self.segments
        for i, seg in enumerate(segs):
            if seg.kind == CATCH_ALL:
                rest = parts[i:]
                if not rest:
                    return None
                params[seg.value] = rest
                return params
            if i >= len(parts):
                return None
            if seg.kind == LITERAL:
                if parts[i] != seg.value:
                    return None
            else:
                params[seg.value] = parts[i]
        if len(parts) != len(segs):
            return None
        return params

    def build(self, params: Dict[str, Any]) -> str:
        """Fill the pattern with ``params`` (used for static builds)."""
        out = []
        for seg in self.segments:
            if seg.kind == LITERAL:
                out.append(seg.value)
            elif seg.kind == DYNAMIC:
                out.append(str(params[seg.value]))
            else:
                value = params[seg.value]
                out.extend(str(v) for v in (value if isinstance(value, (list, tuple)) else [value]))
        return "/" + "/".join(out)


@dataclass
class RouteMatch(Generic[T]):
    target: T
    params: Dict[str, Union[str, List[str]]]


@dataclass
class _Entry(Generic[T]):
    pattern: RoutePattern
    target: T
    source: str


@dataclass
class Router(Generic[T]):
    """Ordered routes; ``add`` checks conflicts, ``match`` returns the most specific route."""

    _entries: List[_Entry] = field(default_factory=list)
    _static: Dict[str, _Entry] = field(default_factory=dict)

    def add(self, pattern: RoutePattern, target: T, source: str = "<unknown>") -> None:
        for entry in self._entries:
            if entry.pattern.shape == pattern.shape:
                raise RouteConflictError(
                    f"route conflict: {pattern.path!r} in {source} and {entry.pattern.path!r} "
                    f"in {entry.source} match the same URLs; rename or move one of them"
                )
        entry = _Entry(pattern, target, source)
        self._entries.append(entry)
        self._entries.sort(key=lambda e: e.pattern.sort_key)
        if pattern.is_static:
            self._static[pattern.path] = entry

    def match(self, path: str) -> Optional[RouteMatch[T]]:
        normal = "/" + path.strip("/") if path not in ("", "/") else "/"
        hit = self._static.get(normal)
        if hit is not None:
            return RouteMatch(hit.target, {})
        for entry in self._entries:
            if entry.pattern.is_static:
                continue
            params = entry.pattern.match(path)
            if params is not None:
                return RouteMatch(entry.target, params)
        return None

    def __iter__(self):
        return (e.target for e in self._entries)

    def __len__(self) -> int:
        return len(self._entries)
