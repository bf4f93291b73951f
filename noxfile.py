"""Test matrix: each package alone in a fresh environment, on every Python 3.9-3.13 found.

    nox            # everything: every package on every Python found, lint, e2e
    nox -l         # list sessions
    nox -s specter-runtime-3.11
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]

nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = False
# A Python that is not installed here is skipped (reported), not a failure; the default must run.
nox.options.error_on_missing_interpreters = False

# Each package with the sibling packages it depends on (the arrows of ARCHITECTURE.md).
PACKAGES = {
    "sprag-codegen": [],
    "specter-runtime": [],
    "ragot-py": ["sprag-codegen"],
    "sprag-cli": [],
    "spragkit": ["specter-runtime", "ragot-py", "sprag-codegen", "sprag-cli"],
}


def _expose_pyenv_versions() -> None:
    """Let pyenv shims answer for every installed 3.9-3.13 at once (pyenv shows one by default)."""
    if not shutil.which("pyenv"):
        return
    try:
        bare = subprocess.run(
            ["pyenv", "versions", "--bare"], capture_output=True, text=True, check=True
        ).stdout.split()
        current = subprocess.run(
            ["pyenv", "version-name"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return
    wanted = [v for v in bare if any(v == p or v.startswith(p + ".") for p in PYTHONS)]
    # pyenv's own shim sets PYENV_VERSION to the current version; keep whatever it chose first.
    chosen = [v for v in os.environ.get("PYENV_VERSION", current).split(":") if v]
    ordered = chosen + [v for v in wanted if v not in chosen]
    os.environ["PYENV_VERSION"] = ":".join(ordered)


_expose_pyenv_versions()


def _local(name: str) -> str:
    return str(ROOT / "packages" / name)


def _package_session(name: str):
    siblings = PACKAGES[name]

    @nox.session(name=name, python=PYTHONS)
    def run(session: nox.Session) -> None:
        # Only this package, its declared dependencies (siblings from their folders) and [test].
        session.install(*[_local(s) for s in siblings], f"{_local(name)}[test]")
        session.chdir(_local(name))
        session.run("pytest", "-q", "-m", "not browser", *session.posargs)

    run.__doc__ = f"Run {name}'s tests with only {name} and its dependencies installed."
    return run


for _name in PACKAGES:
    globals()[f"tests_{_name.replace('-', '_')}"] = _package_session(_name)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff, and the layer check: no import against the arrows."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", ".")
    session.run("python", "tools/check_layers.py")


@nox.session(python="3.11")
def packaging(session: nox.Session) -> None:
    """Each package alone in a fresh venv: it installs, imports, and brings only its arrows."""
    session.run("python", "tools/check_packaging.py", external=True)


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Build the documentation site (docs/, a SPRAG app) as static files; any broken link fails."""
    session.install(*[_local(n) for n in PACKAGES])
    output = session.posargs[0] if session.posargs else str(ROOT / "docs" / "site")
    session.run("sprag", "build", "static", "--check-links", "--output", output, "-C", "docs")


@nox.session(python="3.11")
def e2e(session: nox.Session) -> None:
    """Browser tests in headless Chromium, across every package."""
    session.install(*[f"{_local(n)}[test]" for n in PACKAGES], "playwright>=1.40")
    for name in PACKAGES:
        session.chdir(_local(name))
        # Exit code 5 means "no browser tests in this package", which is fine.
        session.run("pytest", "-q", "-m", "browser", *session.posargs, success_codes=[0, 5])
