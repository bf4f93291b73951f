"""What the framework commands share: finding the project, loading its app, reading surfaces."""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional

from sprag_cli.project import find_project
from sprag_cli.terminal import SpragError, is_verbose

__all__ = [
    "resolve_project",
    "load_project_app",
    "user_error",
    "SurfaceInfo",
    "surfaces_of",
    "check_port_free",
    "patch_gevent",
]

MODES = ("dev", "production")


def resolve_project(project: Optional[Path]) -> Path:
    """The project folder from ``--project`` (or the current folder and its parents)."""
    return find_project(project)


def _user_frame(exc: BaseException, project_dir: Path) -> Optional[str]:
    """``file:line`` of the innermost traceback frame inside the project, if any."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return _relative(exc.filename, project_dir) + f":{exc.lineno or 0}"
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith("<") or not Path(frame.filename).is_file():
            continue  # generated code (dataclass __init__, exec): not the user's file
        try:
            Path(frame.filename).resolve().relative_to(project_dir)
        except (ValueError, OSError):
            continue
        found = f"{_relative(frame.filename, project_dir)}:{frame.lineno}"
    return found


def _relative(filename: str, project_dir: Path) -> str:
    try:
        return Path(filename).resolve().relative_to(project_dir).as_posix()
    except (ValueError, OSError):
        return filename


def _chain(exc: BaseException) -> List[BaseException]:
    """``exc`` and the exceptions it was raised from, outermost first."""
    found: List[BaseException] = []
    while exc is not None and exc not in found:
        found.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return found


def user_error(exc: BaseException, project_dir: Path, what: str) -> SpragError:
    """A one-line error for an exception raised by the user's app (traceback when verbose).

    When the framework wrapped the user's exception (``raise ImportError(...) from exc``),
    the innermost exception that points into the project is the one reported.
    """
    if is_verbose():
        traceback.print_exception(type(exc), exc, exc.__traceback__)
    shown, where = exc, None
    for candidate in _chain(exc):
        location = _user_frame(candidate, project_dir)
        if location:
            shown, where = candidate, location
    text = str(shown) if not isinstance(shown, SyntaxError) else (shown.msg or str(shown))
    message = f"{what}: {type(shown).__name__}: {text}"
    if where:
        message += f" (at {where})"
    hint = "fix the code there" if where else "check the app's configuration"
    if not is_verbose():
        hint += "; run again with --verbose for the full traceback"
    return SpragError(message, hint=hint)


def load_app_function() -> Any:
    try:
        from sprag.project import load_app
    except ImportError as exc:  # the framework is older or broken
        raise SpragError(
            f"this spragkit has no sprag.project.load_app ({exc})",
            hint="upgrade spragkit: pip install -U spragkit",
        ) from exc
    return load_app


def load_project_app(project_dir: Path, mode: str) -> Any:
    """Load the project's App in ``mode``; user-code failures become one-line errors."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
    load_app = load_app_function()
    try:
        return load_app(project_dir, mode=mode)
    except SpragError:
        raise
    except Exception as exc:
        from ..backends.redis.client import RedisUnavailable

        for cause in _chain(exc):
            if isinstance(cause, RedisUnavailable):  # SPRAG_REDIS_URL set, Redis not there
                raise SpragError(str(cause).split("; ")[0], hint="start Redis there or fix SPRAG_REDIS_URL "
                                 "(redis://[:password@]host:6379/0, rediss:// for TLS); `sprag doctor` "
                                 "checks the connection") from exc
        raise user_error(exc, project_dir, f"could not load the app in {project_dir}") from exc


@dataclass
class SurfaceInfo:
    """One route or mount, in the plain shape the commands print."""

    kind: str
    path: str
    mode: str
    name: str
    source: str
    controller: str
    actions: List[Dict[str, Any]]
    surface: Any
    dynamic: bool

    @property
    def label(self) -> str:
        return "mount" if self.kind == "mount" else self.mode


def _surface_list(app: Any) -> List[Any]:
    surfaces = getattr(app, "surfaces", None)
    if surfaces is None:
        raise SpragError(
            "this spragkit's App has no .surfaces",
            hint="upgrade spragkit: pip install -U spragkit",
        )
    if callable(surfaces):
        surfaces = surfaces()
    if isinstance(surfaces, dict):
        surfaces = list(surfaces.values())
    return list(surfaces)


def surfaces_of(app: Any, project_dir: Optional[Path] = None) -> List[SurfaceInfo]:
    """Every surface of ``app`` (routes then mounts, each sorted by path)."""
    found = []
    for surface in _surface_list(app):
        described = surface.describe() if hasattr(surface, "describe") else {}
        kind = described.get("kind", getattr(surface, "kind", "page"))
        source = str(described.get("source", getattr(surface, "source", "")))
        if project_dir is not None and source:
            source = _relative(source, project_dir)
        pattern = getattr(surface, "pattern", None)
        path = described.get("path", getattr(surface, "path", "?"))
        found.append(
            SurfaceInfo(
                kind=kind,
                path=path,
                mode=described.get("mode", getattr(surface, "mode", "mount")),
                name=described.get("name", getattr(surface, "name", "")) or "",
                source=source,
                controller=described.get("controller", ""),
                actions=list(described.get("actions", [])),
                surface=surface,
                dynamic=(not pattern.is_static) if pattern is not None else ("[" in path),
            )
        )
    found.sort(key=lambda s: (s.kind == "mount", s.path))
    return found


def check_port_free(host: str, port: int) -> None:
    """Raise a SpragError when ``host:port`` cannot be bound (in use or not allowed)."""
    import socket  # here: `sprag build` never listens

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise SpragError(f"cannot resolve host '{host}': {exc}",
                         hint="use --host 127.0.0.1 or 0.0.0.0") from exc
    family, _, _, _, address = infos[0]
    probe = socket.socket(family, socket.SOCK_STREAM)
    if os.name != "nt":  # match what servers do, so a port in TIME_WAIT counts as free
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        probe.bind(address)
    except OSError as exc:
        raise SpragError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}",
            hint=f"stop the program using port {port}, or pick another with --port {port + 1}",
        ) from exc
    finally:
        probe.close()


def patch_gevent() -> None:
    """gevent's ``monkey.patch_all()``, before the app is loaded: a module the app imports
    (urllib3, redis ...) must see the patched ``ssl``/``socket``, else gevent warns
    (MonkeyPatchWarning) and such clients may fail. Only for real server processes."""
    from gevent import monkey

    if not monkey.is_module_patched("socket"):
        monkey.patch_all()
