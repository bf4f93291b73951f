"""What `sprag build` adds around the compiled assets so the folder runs on its own:
the app's Python package, a server entry and its requirements."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import List

__all__ = ["SERVER_ENTRY", "copy_app", "write_server_entry", "write_requirements"]

#: Files never copied into a deployable build (local secrets, caches, build output).
_EXCLUDED = shutil.ignore_patterns("__pycache__", "*.pyc", ".env.local", ".DS_Store", ".git*")

SERVER_ENTRY = '''\
"""Production server for this SPRAG build.

    pip install -r requirements.txt
    python server.py [--host 0.0.0.0] [--port 8000] [--workers 1]

HOST, PORT and WEB_CONCURRENCY in the environment set the defaults.
"""

import argparse
import os
from pathlib import Path

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
    args = parser.parse_args()
    app = create_app()
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"SPRAG serving on http://{shown}:{args.port}  (Ctrl+C to stop)", flush=True)
    app.serve(args.host, args.port, workers=args.workers)


if __name__ == "__main__":
    main()
'''


def copy_app(project: Path, target: Path) -> List[str]:
    """Copy the project's ``app/`` package and ``.env`` (never ``.env.local``)."""
    shutil.copytree(project / "app", target / "app", ignore=_EXCLUDED, dirs_exist_ok=True)
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
