"""What `sprag build` adds around the compiled assets so the folder runs on its own:
the app's Python package, a server entry and its requirements."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable, List, Set

__all__ = ["SERVER_ENTRY", "copy_app", "write_server_entry", "write_requirements"]

#: Files never copied into a deployable build (local secrets, caches, build output).
_PATTERNS = shutil.ignore_patterns("__pycache__", "*.pyc", ".env.local", ".DS_Store", ".git*")


def _ignore(root: Path) -> Callable[[str, List[str]], Set[str]]:
    """The patterns above, plus symlinks leading out of ``root`` (their targets are not
    the app's to ship: a link to a secret must not become a copy of it)."""

    def ignore(folder: str, names: List[str]) -> Set[str]:
        skipped = set(_PATTERNS(folder, names))
        for name in names:
            path = Path(folder) / name
            if path.is_symlink():
                try:
                    path.resolve().relative_to(root)
                except (ValueError, OSError, RuntimeError):
                    skipped.add(name)
        return skipped

    return ignore

SERVER_ENTRY = '''\
"""Production server for this SPRAG build.

    pip install -r requirements.txt
    SECRET_KEY=... python server.py [--host 0.0.0.0] [--port 8000] [--workers 1]
        [--shutdown-timeout 10] [--header-timeout 10] [--access-log FILE | --quiet]

HOST, PORT and WEB_CONCURRENCY in the environment set the defaults. SIGTERM or Ctrl+C lets
requests in flight finish, stops the app's services and exits 0.
"""

from gevent import monkey

monkey.patch_all()  # first, before anything the app imports

import argparse  # noqa: E402
import os  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent


def create_app():
    """The App, in production mode, using the compiled assets next to this file."""
    from sprag.project import load_app

    os.environ.setdefault("SPRAG_BUILD_DIR", str(HERE))
    return load_app(HERE, mode="production")


def main():
    parser = argparse.ArgumentParser(description="Serve this SPRAG build.")
    parser.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "1")))
    parser.add_argument("--shutdown-timeout", type=float, default=None)
    parser.add_argument("--header-timeout", type=float, default=None)
    parser.add_argument("--access-log", default="-", help="a file, or - for standard output")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args()
    app = create_app()
    from sprag.http.csrf import SecretKeyMissing

    try:
        app.check_production()
    except SecretKeyMissing as exc:
        raise SystemExit(f"error: {exc.message}\\n  hint: {exc.hint}") from None
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"SPRAG serving on http://{shown}:{args.port}  (Ctrl+C to stop)", flush=True)
    app.serve(args.host, args.port, workers=args.workers, shutdown_timeout=args.shutdown_timeout,
              header_timeout=args.header_timeout, access_log=None if args.quiet else args.access_log)


if __name__ == "__main__":
    main()
'''


def copy_app(project: Path, target: Path) -> List[str]:
    """Copy the project's ``app/`` package and ``.env`` (never ``.env.local``)."""
    source = project / "app"
    shutil.copytree(source, target / "app", ignore=_ignore(source.resolve()), dirs_exist_ok=True)
    copied = ["app/"]
    if (project / ".env").is_file():
        shutil.copy2(project / ".env", target / ".env")
        copied.append(".env")
    return copied


def write_server_entry(target: Path) -> None:
    (target / "server.py").write_text(SERVER_ENTRY, encoding="utf-8")


def write_requirements(project: Path, target: Path, spragkit_version: str) -> None:
    """The project's requirements, with spragkit pinned to at least the building version."""
    lines = []
    source = project / "requirements.txt"
    if source.is_file():
        lines = [line.rstrip() for line in source.read_text(encoding="utf-8").splitlines()]
    if not any(line.strip().lower().startswith("spragkit") for line in lines):
        lines.insert(0, f"spragkit>={spragkit_version}")
    (target / "requirements.txt").write_text("\n".join(lines).strip() + "\n", encoding="utf-8")
