"""Terminal conventions every ``sprag`` command shares.

One clear line per error plus a hint, ``--verbose`` for tracebacks, progress lines for long
steps and non-zero exit codes on failure. Framework commands contributed by spragkit use the
same helpers so the whole toolchain reads alike.
"""

from __future__ import annotations

import sys
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Sequence, TypeVar

import click

__all__ = [
    "SpragError",
    "StepReport",
    "Progress",
    "verbose_option",
    "is_verbose",
    "report_exception",
    "info",
    "success",
    "warn",
    "table",
]

F = TypeVar("F", bound=Callable[..., Any])

_VERBOSE_KEY = "sprag.verbose"


class SpragError(click.ClickException):
    """A failure the user can fix: printed as one line plus a hint, exit code 1."""

    exit_code = 1

    def __init__(self, message: str, hint: Optional[str] = None, exit_code: int = 1) -> None:
        super().__init__(message)
        self.hint = hint
        self.exit_code = exit_code

    def format_message(self) -> str:
        return self.message

    def show(self, file: Any = None) -> None:  # noqa: D102 - click's signature
        err = file is None
        click.echo(click.style("error: ", fg="red", bold=True) + self.message, file=file, err=err)
        if self.hint:
            click.echo(click.style("  hint: ", fg="yellow") + self.hint, file=file, err=err)


def _set_verbose(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.meta[_VERBOSE_KEY] = True
    return value


def verbose_option(func: F) -> F:
    """Add ``-v/--verbose``: show full tracebacks instead of one-line errors."""
    return click.option(
        "-v",
        "--verbose",
        is_flag=True,
        is_eager=True,
        callback=_set_verbose,
        help="Show full tracebacks and extra detail.",
    )(func)


def is_verbose(ctx: Optional[click.Context] = None) -> bool:
    """True when ``--verbose`` was given on the group or the running command."""
    ctx = ctx or click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(_VERBOSE_KEY))


def report_exception(exc: BaseException, *, what: str = "unexpected error") -> SpragError:
    """Turn an unexpected exception into a one-line SpragError (traceback when verbose)."""
    if is_verbose():
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
        hint = None
    else:
        hint = "run again with --verbose for the full traceback"
    return SpragError(f"{what}: {type(exc).__name__}: {exc}", hint=hint)


def info(message: str) -> None:
    """A plain status line on stderr (stdout stays clean for data)."""
    click.echo(message, err=True)


def success(message: str) -> None:
    """A green status line on stderr."""
    click.echo(click.style(message, fg="green"), err=True)


def warn(message: str) -> None:
    """A yellow warning line on stderr."""
    click.echo(click.style("warning: ", fg="yellow", bold=True) + message, err=True)


@dataclass
class StepReport:
    """The outcome of one step of a long operation (one route of a build, one check)."""

    name: str
    ok: bool
    seconds: float = 0.0
    detail: str = ""


@dataclass
class Progress:
    """Numbered progress lines for a long operation: ``[2/5] /counter ok 12 ms``.

    Each step is reported as it finishes, so a failure never hides the steps after it.
    """

    total: int
    label: str = ""
    echo: bool = True
    reports: List[StepReport] = field(default_factory=list)
    _started: float = field(default_factory=time.perf_counter)

    def step(self, name: str, ok: bool = True, detail: str = "", seconds: float = 0.0) -> None:
        """Record and print one finished step."""
        report = StepReport(name, ok, seconds, detail)
        self.reports.append(report)
        if not self.echo:
            return
        width = len(str(self.total))
        counter = f"[{len(self.reports):>{width}}/{self.total}]"
        mark = click.style("ok  ", fg="green") if ok else click.style("FAIL", fg="red", bold=True)
        timing = f"  {seconds * 1000:.0f} ms" if seconds else ""
        click.echo(f"{counter} {mark} {name}{timing}", err=True)
        if detail:
            for line in detail.rstrip().splitlines():
                click.echo(f"       {line}", err=True)

    @property
    def failed(self) -> List[StepReport]:
        return [r for r in self.reports if not r.ok]

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self._started

    def __call__(self, name: str, ok: bool = True, detail: str = "") -> None:
        """Callback form, for APIs that take ``progress=callable``."""
        self.step(name, ok, detail)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain aligned text table (no box drawing, so it copies cleanly)."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        line = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
        lines.append(line)
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
