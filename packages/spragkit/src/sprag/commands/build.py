"""``sprag build`` (a deployable folder) and ``sprag build static`` (a static site)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, List, Optional

import click

from sprag.toolchain.output import MARKER
from sprag_cli.project import project_option
from sprag_cli.terminal import Progress, SpragError, info, success, verbose_option, warn

from ._common import load_project_app, resolve_project, surfaces_of, user_error

__all__ = ["build", "check_surfaces"]


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def output_dir_for(given: Optional[Path], root: Path, default: str) -> Path:
    out = (Path(given) if given is not None else root / default).resolve()
    if out == root or _inside(root, out):
        raise SpragError(f"--output '{out}' would replace the project itself",
                         hint="pick a folder inside or beside the project, e.g. dist")
    if (out / "app" / "routes").is_dir() and not (out / MARKER).exists():
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
    out = output_dir_for(output, root, "dist")
    from sprag.toolchain.pipeline import DEPLOY_STAGES, run_stages

    app = load_project_app(root, mode="production")
    surfaces = surfaces_of(app, root)
    info(f"Building {len(surfaces)} surface(s) from {root} into {out}")
    progress = Progress(total=len(surfaces), label="build")
    js = check_surfaces(app, surfaces, progress)
    if progress.failed:
        raise SpragError(
            f"the build failed: {len(progress.failed)} of {len(surfaces)} surface(s) have "
            f"errors; {out} was left unchanged",
            hint="fix the errors above and run sprag build again (sprag inspect PATH shows "
            "one surface's output)",
        )
    with click.progressbar(length=1, label="  writing files", file=sys.stderr) as bar:
        def on_file(*args: Any) -> None:
            if len(args) == 3 and isinstance(args[1], int):
                bar.length = args[1]
            bar.update(1)

        try:
            report = run_stages(app, out, DEPLOY_STAGES, progress=on_file, js=js,
                                options={"spragkit_version": _spragkit_version()})
        except Exception as exc:
            raise user_error(exc, root, "the build failed") from exc
    summary = report.summary() if hasattr(report, "summary") else ""
    success(f"Built {out} in {progress.elapsed:.2f} s" + (f": {summary}" if summary else "."))
    info(f"Run it with:  cd {out} && pip install -r requirements.txt && python server.py")


def _spragkit_version() -> str:
    import sprag

    return ".".join(sprag.__version__.split(".")[:2])


def check_surfaces(app: Any, surfaces: List[Any], progress: Progress, *, serve: bool = False) -> Any:
    """Compile each interactive surface's browser modules, one progress line per surface.

    Every surface is checked, so one broken route never hides the errors of the next.
    Returns the browser build (reused by the build stages), or None without a compiler.
    ``serve``: the app then serves its pages with this build (``sprag build static``
    fetches them next) instead of compiling the same sources again on its first page.
    """
    built = _browser_build(app, serve)
    errors = dict(built.errors) if built is not None else None
    shown: dict = {}
    for surface in surfaces:
        started = time.perf_counter()
        error = errors.get(id(surface.surface)) if errors is not None else None
        if error is None:
            progress.step(f"{surface.path} ({surface.label})", True,
                          seconds=time.perf_counter() - started)
            continue
        text = str(error)
        detail = text if text not in shown else f"the same error as {shown[text]} (shown above)"
        shown.setdefault(text, surface.path)
        progress.step(f"{surface.path} ({surface.label})", False, detail,
                      time.perf_counter() - started)
    return built


def _browser_build(app: Any, serve: bool = False) -> Any:
    """The browser build of every surface (errors per surface inside), or None without a
    compiler; with ``serve`` (and no prebuilt output loaded), the one the app serves."""
    from sprag.toolchain.compile import compiler_available

    if not compiler_available():
        return None
    if serve and app.browser.prebuilt is None:
        return app.browser.built()  # compiled from the sources now, kept for the pages
    return app.browser.build()


@build.command("static")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: site/ in the project).")
@click.option("--check-links", is_flag=True,
              help="Fail when an exported page links to a local URL that answers 404.")
@click.option("--base", default="", metavar="PATH",
              help="Serve the site from this sub-path (e.g. /docs/ for a GitHub Pages project "
                   "site): its root-absolute URLs are moved under it.")
@project_option
@verbose_option
@click.pass_context
def build_static(ctx: click.Context, output: Optional[Path], check_links: bool, base: str,
                 project: Optional[Path], verbose: bool) -> None:
    """Export a static site: every concrete route, dynamic ones expanded by static_paths."""
    from sprag.toolchain.rebase import BaseError, normalize_base

    try:
        base = normalize_base(base)
    except BaseError as exc:
        raise click.BadParameter(str(exc), param_hint="'--base'") from None
    parent = ctx.obj or {}
    root = resolve_project(project or parent.get("project"))
    out = output_dir_for(output or parent.get("output"), root, "site")
    from sprag.content.parallel import parallel_rendering
    from sprag.toolchain.pipeline import rebase_stage, run_stages, static_pages_stage
    from sprag.toolchain.static_site import StaticPage, StaticPathsError, concrete_paths

    app = load_project_app(root, mode="production")
    try:
        # listing the pages loads the collections: big ones render in forked workers
        with parallel_rendering():
            targets, skipped = concrete_paths(app.surfaces, strict=True)
    except StaticPathsError as exc:
        raise SpragError(f"{exc}; {out} was left unchanged",
                         hint="fix the error above and run sprag build static again") from exc
    for path, reason in skipped:
        warn(f"skipped {path}: {reason}")
    surfaces = surfaces_of(app, root)
    checked = Progress(total=len(surfaces), label="check")
    # the browser code of a static export (actions answer that they need a server), compiled
    # once: the check's build is the one the exported pages ship
    app.static_export = True
    check_surfaces(app, surfaces, checked, serve=True)
    if checked.failed:
        raise SpragError(
            f"{len(checked.failed)} surface(s) have browser code that does not build; "
            f"{out} was left unchanged",
            hint="fix the errors above and run sprag build static again",
        )
    has_actions: dict = {}  # by surface: a controller's actions are found by walking its classes
    for surface, url in targets:
        found = has_actions.get(id(surface))
        if found is None:
            found = has_actions[id(surface)] = bool(getattr(surface, "actions", None))
        if found:
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
    def verdict(result: Any) -> None:
        """Stop before publishing when a page failed or (with --check-links) a link is broken."""
        if result.failed:
            raise SpragError(
                f"{len(result.failed)} page(s) failed to export; {out} was left unchanged",
                hint="fix the errors above (sprag dev shows them in the page) and run again",
            )
        for url, referrer in result.broken:
            warn(f"broken link: {referrer} links to {url}, which answers 404")
        if result.broken and check_links:
            raise SpragError(
                f"{len(result.broken)} broken local link(s); {out} was left unchanged",
                hint="fix the links above, or drop --check-links to export anyway",
            )

    started = time.perf_counter()
    stages = (static_pages_stage(static_files, on_page, verdict),) + ((rebase_stage(base),) if base else ())
    report = run_stages(app, out, stages, manifest=False, label="static")
    result = report.results["static pages"]
    success(f"Exported {len(result.pages)} page(s) and {len(result.files)} file(s) to {out} "
            f"in {time.perf_counter() - started:.2f} s" + (f", for serving under {base}/." if base else "."))
