"""The disk compile cache: a new process (or App) recompiles only what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

PROJECTS = Path(__file__).parent / "projects"


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "basic"
    shutil.copytree(PROJECTS / "basic", root, ignore=shutil.ignore_patterns("__pycache__", ".sprag", "dist"))
    return root


def _fresh_load(load_project, root: Path):
    """A new App (its compile cache starts empty in memory, as a restarted process's does):
    how many modules it compiled."""
    app = load_project(root=root)
    app.browser.built()
    return app.browser.cache.compiles


def test_second_load_compiles_nothing(load_project, tmp_path):
    root = _copy(tmp_path)
    assert _fresh_load(load_project, root) > 0
    assert list((root / ".sprag" / "cache").rglob("*.json"))
    assert _fresh_load(load_project, root) == 0


def test_a_changed_module_is_the_only_one_recompiled(load_project, tmp_path):
    root = _copy(tmp_path)
    _fresh_load(load_project, root)
    modules = root / "app" / "routes" / "counter" / "modules.py"
    modules.write_text(modules.read_text() + "\n# touched\n")
    assert _fresh_load(load_project, root) == 1


def test_a_corrupt_entry_is_ignored_and_rewritten(load_project, tmp_path):
    root = _copy(tmp_path)
    _fresh_load(load_project, root)
    entries = sorted((root / ".sprag" / "cache").rglob("*.json"))
    entries[0].write_text("{not json")
    assert _fresh_load(load_project, root) == 1
    assert _fresh_load(load_project, root) == 0


def test_the_cached_artifact_serves_the_same_code(load_project, tmp_path):
    root = _copy(tmp_path)
    first = load_project(root=root).browser.files()
    second = load_project(root=root).browser.files()
    assert {u: f.body for u, f in first.items()} == {u: f.body for u, f in second.items()}
