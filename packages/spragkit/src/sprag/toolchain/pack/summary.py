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
    """Per kind: files and bytes before and after, raw and gzip (what travels). The total is
    what browsers download; Python (run by the server, never sent) is its own row below it."""
    rows: List[Sequence[str]] = []
    total = {"b_raw": 0, "a_raw": 0, "b_gz": 0, "a_gz": 0}

    def row(kind: str) -> List[str]:
        b, a = before[kind], after[kind]
        return [kind, f"{b['files']} -> {a['files']}", f"{b['raw']:,}", f"{a['raw']:,}",
                _change(b["raw"], a["raw"]), f"{b['gzip']:,}", f"{a['gzip']:,}", _change(b["gzip"], a["gzip"])]

    for kind in KINDS:
        if kind == "Python" or not (before[kind]["files"] or after[kind]["files"]):
            continue
        rows.append(row(kind))
        total["b_raw"] += before[kind]["raw"]
        total["a_raw"] += after[kind]["raw"]
        total["b_gz"] += before[kind]["gzip"]
        total["a_gz"] += after[kind]["gzip"]
    rows.append(["Served", "", f"{total['b_raw']:,}", f"{total['a_raw']:,}",
                 _change(total["b_raw"], total["a_raw"]), f"{total['b_gz']:,}", f"{total['a_gz']:,}",
                 _change(total["b_gz"], total["a_gz"])])
    if before["Python"]["files"] or after["Python"]["files"]:
        rows.append(row("Python")[:5] + ["-", "-", ""])
    table = _table(["KIND", "FILES", "BYTES BEFORE", "AFTER", "CHANGE", "GZIP BEFORE", "AFTER", "CHANGE"], rows)
    extra = after["Images"].get("variant_files", 0)
    if extra:
        table += (f"\nImages count what a full-width browser downloads (the WebP when there is one); "
                  f"{extra} smaller variant(s), {after['Images']['variant_bytes']:,} bytes, serve narrower screens.")
    return table


def stage_table(stages: List[StageResult]) -> str:
    rows = [[s.name, f"{s.seconds:.2f} s", s.detail] for s in stages]
    rows.append(["total", f"{sum(s.seconds for s in stages):.2f} s", ""])
    return _table(["STAGE", "TIME", "RESULT"], rows)
