"""``sprag doctor``: structural checks, one line each, non-zero exit when one fails."""

from __future__ import annotations

import ast
import json
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, List, Optional

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import Progress, SpragError, verbose_option

from ._common import load_app_function, resolve_project, surfaces_of
from .build import check_surfaces

__all__ = ["doctor", "Check", "run_checks"]

#: A hybrid page's payload above this is reported (it is parsed before the page hydrates).
PAYLOAD_WARN_BYTES = 100 * 1024
_PAYLOAD = re.compile(rb'<script[^>]*id="sprag-payload"[^>]*>(.*?)</script>', re.S)
_SCRIPT = re.compile(rb"<script\b", re.I)


@dataclass
class Check:
    """The outcome of one check: ``ok``, ``warn``, ``fail`` or ``skip``."""

    name: str
    status: str
    detail: str = ""
    error: Optional[BaseException] = None


class _State:
    """What later checks need from earlier ones."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.app: Any = None
        self.load_error: Optional[BaseException] = None


def _check_shape(state: _State) -> Check:
    root = state.root
    missing = [p for p in ("app", "app/routes") if not (root / p).is_dir()]
    if missing:
        return Check("project shape", "fail", "missing " + ", ".join(missing) + "/")
    notes = []
    orphans = []
    for folder in sorted((root / "app" / "routes").rglob("*")):
        if not folder.is_dir() or folder.name.startswith(("__", ".")):
            continue
        has_py = any(p.suffix == ".py" for p in folder.iterdir() if p.is_file())
        if has_py and not (folder / "page.py").exists() and not any(
            (sub / "page.py").exists() for sub in folder.rglob("*") if sub.is_dir()
        ):
            orphans.append(folder.relative_to(root).as_posix())
    requirements = root / "requirements.txt"
    if not requirements.exists():
        notes.append("no requirements.txt")
    elif "spragkit" not in requirements.read_text(encoding="utf-8", errors="replace").lower():
        notes.append("requirements.txt does not name spragkit")
    if orphans:
        notes.append("Python files without a page.py in " + ", ".join(orphans[:3]))
    if notes:
        return Check("project shape", "warn", "; ".join(notes))
    return Check("project shape", "ok", "app/, app/routes/, requirements.txt")


def _check_syntax(state: _State) -> Check:
    broken = []
    files = sorted((state.root / "app").rglob("*.py"))
    for path in files:
        try:
            ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            rel = path.relative_to(state.root).as_posix()
            broken.append(f"{rel}:{exc.lineno}: {exc.msg}")
        except UnicodeDecodeError as exc:
            broken.append(f"{path.relative_to(state.root).as_posix()}: not UTF-8 ({exc.reason})")
    if broken:
        return Check("syntax", "fail", "; ".join(broken))
    return Check("syntax", "ok", f"{len(files)} Python file(s) parse")


def _check_imports(state: _State) -> Check:
    load_app = load_app_function()
    try:
        state.app = load_app(state.root, mode="dev")
    except Exception as exc:
        state.load_error = exc
        if type(exc).__name__ == "RouteConflictError":
            return Check("imports and discovery", "skip", "see route conflicts")
        return Check("imports and discovery", "fail", f"{type(exc).__name__}: {exc}", exc)
    surfaces = surfaces_of(state.app, state.root)
    pages = sum(1 for s in surfaces if s.kind != "mount")
    if not surfaces:
        return Check("imports and discovery", "warn",
                     "no page.py under app/routes/ (add one with: sprag add route NAME)")
    return Check("imports and discovery", "ok",
                 f"{pages} route(s), {len(surfaces) - pages} mount(s)")


def _check_conflicts(state: _State) -> Check:
    exc = state.load_error
    if exc is not None and type(exc).__name__ == "RouteConflictError":
        return Check("route conflicts", "fail", str(exc), exc)
    if state.app is None:
        return Check("route conflicts", "skip", "the app did not load")
    seen = {}
    for surface in surfaces_of(state.app, state.root):
        pattern = getattr(surface.surface, "pattern", None)
        key = pattern.shape if pattern is not None else surface.path
        if key in seen:
            return Check("route conflicts", "fail",
                         f"{surface.path} ({surface.source}) and {seen[key]} match the same URLs")
        seen[key] = f"{surface.path} ({surface.source})"
    return Check("route conflicts", "ok", f"{len(seen)} distinct URL pattern(s)")


def _check_build(state: _State) -> Check:
    if state.app is None:
        return Check("buildability", "skip", "the app did not load")
    surfaces = surfaces_of(state.app, state.root)
    try:
        from sprag.toolchain.compile import compiler_available
    except ImportError:  # pragma: no cover - an older spragkit
        compiler_available = None
    if compiler_available is not None and not compiler_available():
        return Check("buildability", "fail",
                     "sprag_codegen has no compiler here; reinstall it: pip install -U sprag-codegen")
    progress = Progress(total=len(surfaces), echo=False)
    check_surfaces(state.app, surfaces, progress)
    if progress.failed:
        return Check("buildability", "fail", "\n".join(
            f"{r.name}:\n" + "\n".join("    " + line for line in (r.detail or "failed").splitlines())
            for r in progress.failed))
    hybrid = sum(1 for s in surfaces if getattr(s.surface, "interactive", False))
    return Check("buildability", "ok", f"browser code of {hybrid} interactive surface(s) compiles")


def _check_pages(state: _State) -> Check:
    if state.app is None:
        return Check("payload sizes", "skip", "the app did not load")
    from sprag.toolchain.static_site import concrete_paths

    targets, _skipped = concrete_paths(state.app.surfaces)
    client = state.app.flask.test_client()
    problems, warnings, biggest = [], [], (0, "")
    broken = _unbuildable(state.app)
    for surface, url in targets:
        if id(surface) in broken:
            continue  # reported once, by the buildability check
        response = client.get(url, headers={"Accept": "text/html"})
        if response.status_code != 200:
            problems.append(f"{url} answered {response.status_code}")
            continue
        if response.mimetype != "text/html":
            continue  # a feed, a sitemap, a JSON file: not a page a browser runs
        body = response.get_data()
        mode = getattr(surface, "mode", "mount")
        if mode == "document" and _SCRIPT.search(body):
            problems.append(f"{url} is a document page but its HTML has a <script>")
        match = _PAYLOAD.search(body)
        size = len(match.group(1)) if match else 0
        if size > biggest[0]:
            biggest = (size, url)
        if size > PAYLOAD_WARN_BYTES:
            warnings.append(f"{url} payload is {size / 1024:.0f} KB (load() returns a lot)")
    if problems:
        return Check("payload sizes", "fail", "; ".join(problems))
    if warnings:
        return Check("payload sizes", "warn", "; ".join(warnings))
    detail = f"{sum(1 for s, _ in targets if id(s) not in broken)} page(s) render"
    if biggest[0]:
        detail += f"; largest payload {biggest[0] / 1024:.1f} KB at {biggest[1]}"
    return Check("payload sizes", "ok", detail)


def _check_queues(state: _State) -> Check:
    if state.app is None:
        return Check("jobs queues", "skip", "the app did not load")
    from sprag.jobs.scan import queue_uses

    known = set(state.app.jobs.names())
    uses = queue_uses(state.root)
    unknown = [u for u in uses if u.queue not in known]
    if unknown:
        have = ", ".join(sorted(known)) or "none"
        return Check("jobs queues", "fail", "; ".join(
            f"{u.file}:{u.line}: {u.method}({u.queue!r}) names no queue" for u in unknown)
            + f" (queues: {have}; a queue is a QueueService in App(providers={{name: ...}}))")
    if not known and not uses:
        return Check("jobs queues", "ok", "no jobs queues")
    return Check("jobs queues", "ok",
                 f"{len(known)} queue(s); every queue the controllers name exists")


def _check_redis(state: _State) -> Check:
    import os
    import time

    from sprag.backends.redis.client import RedisLink, RedisUnavailable, redacted

    for exc in _causes(state.load_error):
        if isinstance(exc, RedisUnavailable):
            return Check("redis", "fail", str(exc))
    link = getattr(getattr(state.app, "backends", None), "redis", None) if state.app is not None else None
    url = os.environ.get("SPRAG_REDIS_URL")
    if link is None and not url:
        return Check("redis", "ok", "not configured: one process keeps sessions, sockets and jobs in memory "
                                    "(set SPRAG_REDIS_URL to run several workers or hosts)")
    if link is None:
        try:
            link = RedisLink(url, os.environ.get("SPRAG_REDIS_PREFIX") or "sprag")
        except (ValueError, ImportError) as exc:
            return Check("redis", "fail", str(exc))
    started = time.perf_counter()
    try:
        link.ping()
        info = link.client.info("server")
    except RedisUnavailable as exc:
        return Check("redis", "fail", str(exc))
    took = (time.perf_counter() - started) * 1000
    detail = (f"{redacted(link.url)} answers (Redis {info.get('redis_version', '?')}, {took:.1f} ms), "
              f"keys prefixed {link.prefix}:")
    host = (link.url.split("@")[-1].split("//")[-1].split(":")[0].split("/")[0]) or "localhost"
    private = host in ("localhost", "127.0.0.1", "::1") or host.startswith(("10.", "192.168.", "172."))
    if not private and "@" not in link.url and not link.url.startswith("rediss://"):
        return Check("redis", "warn", detail + "; the URL has no password and no TLS for a non-local "
                                               "host (use redis://:PASSWORD@host or rediss://)")
    return Check("redis", "ok", detail)


def _causes(exc: Optional[BaseException]) -> List[BaseException]:
    found: List[BaseException] = []
    while exc is not None and exc not in found:
        found.append(exc)
        exc = exc.__cause__ or exc.__context__
    return found


def _unbuildable(app: Any) -> set:
    try:
        return set(app.browser.build().errors)
    except Exception:  # an older spragkit, or no compiler: every page is rendered
        return set()


CHECKS: List[Callable[[_State], Check]] = [
    _check_shape, _check_syntax, _check_imports, _check_conflicts, _check_build, _check_pages,
    _check_queues, _check_redis,
]


def run_checks(root: Path) -> List[Check]:
    """Run every check in order; a check that crashes is reported as failed, not raised."""
    state = _State(root)
    results = []
    for check in CHECKS:
        try:
            result = check(state)
        except SpragError:
            raise
        except Exception as exc:
            name = check.__name__.replace("_check_", "").replace("_", " ")
            result = Check(name, "fail", f"the check crashed: {type(exc).__name__}: {exc}", exc)
        results.append(result)
        if result.name == "project shape" and result.status == "fail":
            break
    return results


_STYLE = {"ok": ("ok  ", "green"), "warn": ("warn", "yellow"), "fail": ("FAIL", "red"),
          "skip": ("skip", None)}


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@project_option
@verbose_option
def doctor(as_json: bool, project: Optional[Path], verbose: bool) -> None:
    """Check the project: shape, imports, discovery, conflicts, builds, payloads, queues, Redis."""
    root = resolve_project(project)
    results = run_checks(root)
    if as_json:
        click.echo(json.dumps([{"name": r.name, "status": r.status, "detail": r.detail}
                               for r in results], indent=2))
    else:
        width = max(len(r.name) for r in results)
        for result in results:
            label, color = _STYLE[result.status]
            mark = click.style(label, fg=color, bold=result.status == "fail") if color else label
            click.echo(f"{mark}  {result.name.ljust(width)}  {result.detail}")
            if verbose and result.error is not None:
                click.echo("".join(traceback.format_exception(
                    type(result.error), result.error, result.error.__traceback__)), err=True)
    failed = [r for r in results if r.status == "fail"]
    if failed:
        raise SpragError(
            f"{len(failed)} check(s) failed: " + ", ".join(r.name for r in failed),
            hint="fix them and run sprag doctor again" + ("" if verbose else
                                                          " (--verbose shows tracebacks)"),
        )
