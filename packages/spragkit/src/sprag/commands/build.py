"""``sprag build`` (a deployable folder) and ``sprag build static`` (a static site)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, List, Optional, Tuple

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import Progress, SpragError, info, success, verbose_option, warn

from ._common import load_project_app, resolve_project, surfaces_of, user_error
from ._static_site import StaticPage, concrete_paths, export_static

__all__ = ["build", "parse_progress_event", "report_failures"]

#: Written into every output folder we create, so a later build may replace it safely.
MARKER = ".sprag-build"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _output_dir(given: Optional[Path], root: Path, default: str) -> Path:
    out = (Path(given) if given is not None else root / default).resolve()
    if out == root or _inside(root, out):
        raise SpragError(f"--output '{out}' would replace the project itself",
                         hint="pick a folder inside or beside the project, e.g. dist")
    if (out / "app" / "routes").is_dir():
        raise SpragError(f"--output '{out}' is a SPRAG project, not a build folder",
                         hint="pick another folder, e.g. dist")
    if out.exists() and not out.is_dir():
        raise SpragError(f"--output '{out}' exists and is not a folder", hint="pick another path")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise SpragError(
            f"--output '{out}' already holds files that are not a SPRAG build",
            hint="pick another --output, or empty that folder first",
        )
    return out


def _staging(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=str(out.parent)))


def _publish(staging: Path, out: Path) -> None:
    """Swap the finished build into place (the old one stays until the new one is complete)."""
    (staging / MARKER).write_text("built by sprag build\n", encoding="utf-8")
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        if old.exists():
            shutil.rmtree(old)
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(out)


def _field(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def parse_progress_event(*args: Any, **kwargs: Any) -> Tuple[str, bool, str, float]:
    """``(name, ok, detail, seconds)`` from one call of the framework's progress callback.

    Accepts ``progress(name, ok=True, detail="")`` or one event object/dict with
    ``name|route|path``, ``ok`` and ``error|detail``.
    """
    if args and not isinstance(args[0], str):
        event = args[0]
        name = str(_field(event, "name", "route", "path", "surface", default="?"))
        error = _field(event, "error", "message", default=None)
        ok = bool(_field(event, "ok", default=error is None))
        detail = str(error or _field(event, "detail", default="") or "")
        seconds = float(_field(event, "seconds", "elapsed", default=0.0) or 0.0)
        return name, ok, detail, seconds
    name = str(args[0]) if args else str(kwargs.get("name", "?"))
    ok = bool(args[1]) if len(args) > 1 else bool(kwargs.get("ok", True))
    detail = str(args[2]) if len(args) > 2 else str(kwargs.get("detail", "") or "")
    return name, ok, detail, float(kwargs.get("seconds", 0.0) or 0.0)


def _progress_callback(progress: Progress) -> Callable[..., None]:
    def callback(*args: Any, **kwargs: Any) -> None:
        progress.step(*parse_progress_event(*args, **kwargs))

    return callback


def report_failures(report: Any) -> List[str]:
    errors = _field(report, "errors", "failures", default=None) or []
    if isinstance(errors, dict):
        return [f"{key}: {value}" for key, value in errors.items()]
    return [str(e) for e in errors]


def _build_function() -> Callable[..., Any]:
    try:
        from sprag.build import build as build_app
    except ImportError as exc:
        raise SpragError(f"this spragkit has no sprag.build ({exc})",
                         hint="upgrade spragkit: pip install -U spragkit") from exc
    return build_app


@click.group(invoke_without_command=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: dist/ in the project).")
@project_option
@verbose_option
@click.pass_context
def build(ctx: click.Context, output: Optional[Path], project: Optional[Path],
          verbose: bool) -> None:
    """Build a deployable folder: compiled assets, manifest, the app and a server entry."""
    ctx.obj = {"output": output, "project": project}
    if ctx.invoked_subcommand is not None:
        return
    root = resolve_project(project)
    out = _output_dir(output, root, "dist")
    build_app = _build_function()
    app = load_project_app(root, mode="production")
    surfaces = surfaces_of(app, root)
    info(f"Building {len(surfaces)} surface(s) from {root} into {out}")
    progress = Progress(total=len(surfaces), label="build")
    staging = _staging(out)
    try:
        try:
            report = build_app(app, staging, progress=_progress_callback(progress))
        except Exception as exc:
            raise user_error(exc, root, "the build failed") from exc
        failures = report_failures(report)
        if failures or progress.failed:
            count = max(len(failures), len(progress.failed))
            for line in failures:
                click.echo(click.style("  FAIL ", fg="red") + line, err=True)
            raise SpragError(
                f"the build failed: {count} error(s); {out} was left unchanged",
                hint="fix the errors above and run sprag build again (--verbose for details)",
            )
        _publish(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    success(f"Built {out} in {progress.elapsed:.2f} s.")
    info(f"Run it with:  cd {out} && pip install -r requirements.txt && python server.py")


@build.command("static")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: site/ in the project).")
@project_option
@verbose_option
@click.pass_context
def build_static(ctx: click.Context, output: Optional[Path], project: Optional[Path],
                 verbose: bool) -> None:
    """Export a static site: every concrete route, dynamic ones expanded by static_paths."""
    parent = ctx.obj or {}
    root = resolve_project(project or parent.get("project"))
    out = _output_dir(output or parent.get("output"), root, "site")
    app = load_project_app(root, mode="production")
    targets, skipped = concrete_paths(app.surfaces)
    for path, reason in skipped:
        warn(f"skipped {path}: {reason}")
    for surface, url in targets:
        if getattr(surface, "actions", None):
            warn(f"{url} has actions; on a static host they have no server to answer them")
    info(f"Exporting {len(targets)} page(s) from {root} into {out}")
    progress = Progress(total=len(targets), label="static")

    def on_page(page: StaticPage) -> None:
        progress.step(page.url, page.ok, page.error, page.seconds)

    static_dir = root / "app" / "static"
    static_files = [
        "/static/" + p.relative_to(static_dir).as_posix()
        for p in sorted(static_dir.rglob("*")) if p.is_file() and not p.name.startswith(".")
    ] if static_dir.is_dir() else []
    staging = _staging(out)
    started = time.perf_counter()
    try:
        result = export_static(app, staging, static_files=static_files, on_page=on_page)
        if result.failed:
            raise SpragError(
                f"{len(result.failed)} page(s) failed to export; {out} was left unchanged",
                hint="fix the errors above (sprag dev shows them in the page) and run again",
            )
        _publish(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    success(f"Exported {len(result.pages)} page(s) and {len(result.files)} file(s) to {out} "
            f"in {time.perf_counter() - started:.2f} s.")
