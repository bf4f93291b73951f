"""Production serves a ``sprag build`` output without compiling anything."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

import pytest

from sprag.toolchain.pipeline import build

PROJECTS = Path(__file__).parent / "projects"


def _entry_of(html: str) -> str:
    return re.search(r'<script type="module" src="([^"]+)"', html).group(1)


@pytest.fixture
def built_basic(load_project, tmp_path):
    build(load_project("basic", mode="production"), tmp_path / "dist")
    return tmp_path / "dist"


def test_production_app_serves_the_build_dir_without_compiling(load_project, built_basic, monkeypatch):
    monkeypatch.setenv("SPRAG_BUILD_DIR", str(built_basic))
    app = load_project("basic", mode="production")
    client = app.flask.test_client()
    entry = _entry_of(client.get("/counter").get_data(as_text=True))
    body = client.get(entry).get_data()
    assert app.browser.cache.compiles == 0
    assert body == (built_basic / "public" / entry.lstrip("/")).read_bytes()


def test_served_modules_come_from_the_build_files(load_project, built_basic, monkeypatch):
    html = load_project("basic", mode="production").flask.test_client().get("/counter").get_data(as_text=True)
    target = built_basic / "public" / _entry_of(html).lstrip("/")
    target.write_text(target.read_text() + "\n// from the build folder\n")
    for sibling in (target.with_name(target.name + ".gz"), target.with_name(target.name + ".br")):
        sibling.unlink(missing_ok=True)
    monkeypatch.setenv("SPRAG_BUILD_DIR", str(built_basic))
    client = load_project("basic", mode="production").flask.test_client()
    assert "// from the build folder" in client.get(_entry_of(html)).get_data(as_text=True)


def test_the_precompressed_sibling_is_sent_for_gzip(load_project, built_basic, monkeypatch):
    html = load_project("basic", mode="production").flask.test_client().get("/counter").get_data(as_text=True)
    entry = _entry_of(html)
    gz = built_basic / "public" / (entry.lstrip("/") + ".gz")
    gz.write_bytes(gzip.compress(b"/* the sibling on disk */"))
    monkeypatch.setenv("SPRAG_BUILD_DIR", str(built_basic))
    client = load_project("basic", mode="production").flask.test_client()
    response = client.get(entry, headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.get_data()) == b"/* the sibling on disk */"


def test_a_build_dir_without_manifest_is_a_clear_error(load_project, tmp_path, monkeypatch):
    monkeypatch.setenv("SPRAG_BUILD_DIR", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="no manifest.json"):
        load_project("basic", mode="production")


def test_project_dist_is_used_while_fresh_and_ignored_once_sources_change(load_project, tmp_path):
    root = tmp_path / "basic"
    shutil.copytree(PROJECTS / "basic", root, ignore=shutil.ignore_patterns("__pycache__", "dist"))
    build(load_project(root=root, mode="production"), root / "dist")
    fresh = load_project(root=root, mode="production")
    assert fresh.prebuilt is not None and fresh.prebuilt.folder == (root / "dist").resolve()
    modules = root / "app" / "routes" / "counter" / "modules.py"
    modules.write_text(modules.read_text() + "\n# changed\n")
    assert load_project(root=root, mode="production").prebuilt is None


def test_dev_mode_never_reads_a_build(load_project, built_basic, monkeypatch):
    monkeypatch.setenv("SPRAG_BUILD_DIR", str(built_basic))
    assert load_project("basic", mode="dev").prebuilt is None
