"""Source maps v3: Base64 VLQ encoding of statement-level line mappings, and decoding."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

__all__ = ["build_source_map", "decode_mappings", "original_line"]

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _vlq(value: int) -> str:
    v = (-value << 1) | 1 if value < 0 else value << 1
    out = ""
    while True:
        digit = v & 31
        v >>= 5
        if v:
            digit |= 32
        out += _B64[digit]
        if not v:
            return out


def build_source_map(
    file: str, source: str, line_map: Sequence[Optional[Tuple[int, int]]], js_file: str = "",
    unmapped_prefix: int = 0,
) -> Dict[str, Any]:
    """A v3 map where generated line i (0-based) maps to (python_line, col) in `file`, or None.

    `unmapped_prefix` generated lines (imports, inline helpers) come before `line_map`.
    """
    groups: List[str] = [""] * unmapped_prefix
    prev_src_line = 0
    prev_src_col = 0
    for entry in line_map:
        if entry is None:
            groups.append("")
            continue
        line, col = entry
        seg = _vlq(0) + _vlq(0) + _vlq(line - 1 - prev_src_line) + _vlq(col - prev_src_col)
        prev_src_line = line - 1
        prev_src_col = col
        groups.append(seg)
    return {
        "version": 3,
        "file": js_file,
        "sources": [file],
        "sourcesContent": [source],
        "names": [],
        "mappings": ";".join(groups),
    }


def decode_mappings(mappings: str) -> List[List[Tuple[int, ...]]]:
    """Decode a mappings string into per-line lists of absolute segments (col, src, line, col)."""
    lines: List[List[Tuple[int, ...]]] = []
    state = [0, 0, 0, 0]
    for group in mappings.split(";"):
        state[0] = 0
        segs: List[Tuple[int, ...]] = []
        for seg in group.split(","):
            if not seg:
                continue
            values: List[int] = []
            shift = value = 0
            for ch in seg:
                digit = _B64_INDEX[ch]
                value += (digit & 31) << shift
                if digit & 32:
                    shift += 5
                else:
                    values.append(-(value >> 1) if value & 1 else value >> 1)
                    shift = value = 0
            for i, v in enumerate(values[:4]):
                state[i] += v
            segs.append(tuple(state[: len(values[:4])]))
        lines.append(segs)
    return lines


def original_line(source_map: Dict[str, Any], js_line: int) -> Optional[int]:
    """The 1-based Python line for a 1-based generated JS line, or None when unmapped."""
    lines = decode_mappings(source_map["mappings"])
    if not 1 <= js_line <= len(lines) or not lines[js_line - 1]:
        return None
    return lines[js_line - 1][0][2] + 1
