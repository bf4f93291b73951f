"""The summary stage: bytes before/after per kind, and the time each stage took."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence

from .artifact import KINDS

__all__ = ["StageResult", "size_table", "stage_table"]

Sizes = Dict[str, Dict[str, int]]


@dataclass
class StageResult:
    """One stage of a pack: what it did (or why it was skipped) and how long it took."""

    name: str
    seconds: float = 0.0
    detail: str = ""
    skipped: bool = False


def _table(headers: Sequence[str], rows: List[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for index, row in enumerate([headers, *rows]):
        cells = [str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _change(before: int, after: int) -> str:
    if before == 0:
        return "-" if after == 0 else "new"
    return f"{(after - before) * 100 / before:+.1f}%"


def size_table(before: Sizes, after: Sizes) -> str:
    """Per kind: files and bytes before and after, raw and gzip (what travels)."""
    rows: List[Sequence[str]] = []
    totals = {"b_raw": 0, "a_raw": 0, "b_gz": 0, "a_gz": 0}
    for kind in KINDS:
        b, a = before[kind], after[kind]
        if not (b["files"] or a["files"]):
            continue
        rows.append([kind, f"{b['files']} -> {a['files']}", f"{b['raw']:,}", f"{a['raw']:,}",
                     _change(b["raw"], a["raw"]), f"{b['gzip']:,}", f"{a['gzip']:,}",
                     _change(b["gzip"], a["gzip"])])
        totals["b_raw"] += b["raw"]
        totals["a_raw"] += a["raw"]
        totals["b_gz"] += b["gzip"]
        totals["a_gz"] += a["gzip"]
    rows.append(["Total", "", f"{totals['b_raw']:,}", f"{totals['a_raw']:,}",
                 _change(totals["b_raw"], totals["a_raw"]), f"{totals['b_gz']:,}",
                 f"{totals['a_gz']:,}", _change(totals["b_gz"], totals["a_gz"])])
    return _table(["KIND", "FILES", "BYTES BEFORE", "AFTER", "CHANGE", "GZIP BEFORE", "AFTER", "CHANGE"], rows)


def stage_table(stages: List[StageResult]) -> str:
    rows = [[s.name, f"{s.seconds:.2f} s", s.detail] for s in stages]
    rows.append(["total", f"{sum(s.seconds for s in stages):.2f} s", ""])
    return _table(["STAGE", "TIME", "RESULT"], rows)
