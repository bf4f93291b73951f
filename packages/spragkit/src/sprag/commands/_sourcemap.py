"""Reading source map v3 ``mappings``: which Python line each generated line came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List

__all__ = ["Mapping", "decode_mappings", "line_mappings"]

_B64 = {c: i for i, c in enumerate(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


@dataclass(frozen=True)
class Mapping:
    """Generated ``line:col`` (0-based) -> original ``source`` ``line:col`` (0-based)."""

    line: int
    col: int
    source: str
    source_line: int
    source_col: int


def _vlq(segment: str) -> List[int]:
    values, shift, value = [], 0, 0
    for char in segment:
        digit = _B64[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        shift = value = 0
    return values


def decode_mappings(source_map: Dict[str, Any]) -> List[Mapping]:
    """Every segment of ``source_map["mappings"]`` that points at a source."""
    sources = list(source_map.get("sources", []))
    found = []
    src = src_line = src_col = 0
    for line, group in enumerate(str(source_map.get("mappings", "")).split(";")):
        col = 0
        for segment in group.split(","):
            if not segment:
                continue
            fields = _vlq(segment)
            col += fields[0]
            if len(fields) >= 4:
                src += fields[1]
                src_line += fields[2]
                src_col += fields[3]
                name = sources[src] if 0 <= src < len(sources) else f"#{src}"
                found.append(Mapping(line, col, name, src_line, src_col))
    return found


def line_mappings(source_map: Dict[str, Any]) -> List[Mapping]:
    """The first mapping of each generated line (what a reader wants to see)."""
    seen, found = set(), []
    for mapping in decode_mappings(source_map):
        if mapping.line not in seen:
            seen.add(mapping.line)
            found.append(mapping)
    return found
