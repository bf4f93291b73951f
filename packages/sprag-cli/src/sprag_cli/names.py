"""Names users type (`dashboard`, `blog/[slug]`, `admin-panel`) and what they turn into."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List

from .terminal import SpragError

__all__ = ["RouteName", "parse_route_name", "project_title"]

_LITERAL = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PARAM = re.compile(r"^\[(\.\.\.)?([a-z_][a-z0-9_]*)\]$")
_RULES = (
    "use lowercase letters, digits and dashes, with optional [param] or [...param] segments "
    "separated by slashes, e.g. dashboard, blog/[slug], docs/[...path]"
)


@dataclass(frozen=True)
class RouteName:
    """A validated route or mount name and the identifiers derived from it."""

    raw: str
    segments: List[str]

    @property
    def url_path(self) -> str:
        """The URL path the surface answers at (`blog/[slug]` -> `/blog/[slug]`)."""
        return "/" + "/".join(self.segments)

    @property
    def folder(self) -> str:
        return "/".join(self.segments)

    @property
    def params(self) -> List[str]:
        found = []
        for segment in self.segments:
            match = _PARAM.match(segment)
            if match:
                found.append(match.group(2))
        return found

    @property
    def catch_all(self) -> bool:
        return bool(self.segments) and self.segments[-1].startswith("[...")

    @property
    def class_prefix(self) -> str:
        """A CamelCase prefix for generated classes (`admin-panel/[id]` -> `AdminPanelId`)."""
        words = re.split(r"[^a-zA-Z0-9]+", self.raw)
        prefix = "".join(w[:1].upper() + w[1:] for w in words if w)
        if not prefix or prefix[0].isdigit():
            prefix = "Page" + prefix
        return prefix

    @property
    def variable(self) -> str:
        """A snake_case Python variable for the surface object."""
        words = [w for w in re.split(r"[^a-z0-9]+", self.raw) if w]
        name = "_".join(words) or "page"
        return "page_" + name if name[0].isdigit() else name

    @property
    def title(self) -> str:
        literal = [s for s in self.segments if not s.startswith("[")]
        base = literal[-1] if literal else self.segments[-1].strip("[.]")
        return base.replace("-", " ").replace("_", " ").title()


def parse_route_name(raw: str, *, kind: str = "route", allow_params: bool = True) -> RouteName:
    """Validate ``raw`` and split it into segments, or raise a SpragError saying what is wrong."""
    cleaned = raw.strip().strip("/")
    if not cleaned:
        raise SpragError(f"the {kind} name is empty", hint=_RULES)
    segments = cleaned.split("/")
    seen_params = set()
    for index, segment in enumerate(segments):
        param = _PARAM.match(segment)
        if param and allow_params:
            name = param.group(2)
            if name in seen_params:
                raise SpragError(f"the {kind} name '{raw}' repeats the parameter '{name}'",
                                 hint="give every parameter its own name")
            seen_params.add(name)
            if param.group(1) and index != len(segments) - 1:
                raise SpragError(
                    f"the catch-all segment '{segment}' in '{raw}' must be the last one",
                    hint="move [...param] to the end, e.g. docs/[...path]",
                )
            continue
        if not _LITERAL.match(segment):
            hint = _RULES if allow_params else (
                "use lowercase letters, digits and dashes, e.g. admin-panel"
            )
            raise SpragError(f"invalid {kind} name '{raw}': bad segment '{segment}'", hint=hint)
    return RouteName(raw=cleaned, segments=segments)


def project_title(folder_name: str) -> str:
    """A human title for a project folder (`my-app` -> `My App`)."""
    words = [w for w in re.split(r"[-_\s]+", folder_name) if w]
    return " ".join(w[:1].upper() + w[1:] for w in words) or "SPRAG App"
