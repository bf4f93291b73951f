from __future__ import annotations

import pytest
from click.testing import CliRunner


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def in_tmp(tmp_path, monkeypatch):
    """Run the test with the current directory set to a fresh temporary folder."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
