"""Fixtures for the command tests: scaffold real projects with `sprag new` and run commands."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sprag_cli import cli


def _forget_app_modules() -> None:
    for name in list(sys.modules):
        if name == "app" or name.startswith("app."):
            del sys.modules[name]
    from sprag import stores

    stores._stores.clear()  # each project declares its own stores


@pytest.fixture(autouse=True)
def isolated_app_state(monkeypatch):
    """load_app imports the project's `app` package and edits sys.path and os.environ."""
    saved_path = list(sys.path)
    monkeypatch.delenv("SPRAG_MODE", raising=False)
    monkeypatch.delenv("SPRAG_PROJECT_DIR", raising=False)
    _forget_app_modules()
    yield
    sys.path[:] = saved_path
    os.environ.pop("SPRAG_MODE", None)
    os.environ.pop("SPRAG_PROJECT_DIR", None)
    _forget_app_modules()


@pytest.fixture()
def run():
    """``run("routes", "-C", dir)`` -> click Result of the real `sprag` group."""
    runner = CliRunner()

    def invoke(*args: str):
        _forget_app_modules()  # each real `sprag` run is a fresh process
        return runner.invoke(cli, [str(a) for a in args])

    return invoke


def scaffold(root: Path, name: str = "proj", template: str = "default") -> Path:
    result = CliRunner().invoke(cli, ["new", str(root / name), "--template", template])
    assert result.exit_code == 0, result.output
    return root / name


@pytest.fixture()
def project(tmp_path) -> Path:
    """A fresh project from the default template."""
    return scaffold(tmp_path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
