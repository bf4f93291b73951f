"""Diagnostics as data: what went wrong, where, and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

__all__ = ["Diagnostic", "JSCodegenError", "format_diagnostic"]


@dataclass(frozen=True)
class Diagnostic:
    """One compiler finding, located in the Python source."""

    code: str
    message: str
    file: str
    line: int
    col: int
    context: str
    source_line: str
    hint: str
    severity: str = "error"

    def __str__(self) -> str:
        return format_diagnostic(self)


def format_diagnostic(diag: Diagnostic) -> str:
    """Render a diagnostic the way the CLI prints it (file:line:col, context, source, hint)."""
    lines = [f"{diag.file}:{diag.line}:{diag.col}: {diag.severity}: {diag.message}"]
    lines.append(f"  in {diag.context}")
    if diag.source_line:
        stripped = diag.source_line.rstrip("\n")
        lines.append(f"    {stripped}")
        lines.append("    " + " " * max(diag.col, 0) + "^")
    if diag.hint:
        lines.append(f"  hint: {diag.hint}")
    return "\n".join(lines)


class JSCodegenError(Exception):
    """Raised when Python source falls outside the subset that compiles honestly to JavaScript."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        if not diagnostics:
            raise ValueError("JSCodegenError needs at least one Diagnostic")
        self.diagnostics = list(diagnostics)
        self.diagnostic = self.diagnostics[0]
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n\n".join(format_diagnostic(d) for d in self.diagnostics)
