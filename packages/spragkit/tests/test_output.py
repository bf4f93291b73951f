"""The one output writer and the build pipeline's stages."""

from __future__ import annotations

import json

import pytest

from sprag.toolchain.output import MARKER, OutputWriter
from sprag.toolchain.pipeline import DEPLOY_STAGES, LIBRARY_STAGES, Stage, run_stages


def test_publish_replaces_the_target_only_when_complete(tmp_path):
    target = tmp_path / "dist"
    target.mkdir()
    (target / "old.txt").write_text("old")
    with OutputWriter(target) as writer:
        writer.write_text("new.txt", "new")
        assert (target / "old.txt").is_file() and not (target / "new.txt").exists()
        writer.publish()
    assert (target / "new.txt").read_text() == "new" and not (target / "old.txt").exists()
    assert (target / MARKER).is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]  # no staging or old folder left


def test_an_error_or_no_publish_leaves_the_target_as_it_was(tmp_path):
    target = tmp_path / "dist"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    with pytest.raises(RuntimeError):
        with OutputWriter(target) as writer:
            writer.write_text("half.txt", "half")
            raise RuntimeError("a stage failed")
    with OutputWriter(target) as writer:
        writer.write_text("never.txt", "x")
    assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_paths_outside_the_output_are_refused(tmp_path):
    with OutputWriter(tmp_path / "dist") as writer:
        with pytest.raises(ValueError, match="outside the build output"):
            writer.write_text("../escape.txt", "x")
    assert not (tmp_path / "escape.txt").exists()


def test_build_runs_the_library_stages_in_order_and_writes_the_manifest(load_project, tmp_path):
    app = load_project("basic", mode="production")
    report = run_stages(app, tmp_path / "dist", LIBRARY_STAGES)
    assert [name for name, _ in report.stages] == ["compile", "bundle", "assets"]
    manifest = json.loads((tmp_path / "dist" / "manifest.json").read_text())
    assert manifest["surfaces"]["/counter"]["entry"] and manifest["files"] == report.files
    assert all((tmp_path / "dist" / "public" / url.lstrip("/")).is_file() for url in report.files)


def test_deploy_stages_add_the_app_and_a_server_entry(load_project, tmp_path):
    app = load_project("basic", mode="production")
    report = run_stages(app, tmp_path / "dist", DEPLOY_STAGES, options={"spragkit_version": "9.9"})
    assert [name for name, _ in report.stages][-2:] == ["app copy", "server entry"]
    out = tmp_path / "dist"
    assert (out / "app" / "routes").is_dir() and (out / "server.py").is_file()
    assert "spragkit>=9.9" in (out / "requirements.txt").read_text()


def test_a_failing_stage_publishes_nothing(load_project, tmp_path):
    app = load_project("basic", mode="production")

    def boom(ctx):
        raise RuntimeError("stage failed")

    with pytest.raises(RuntimeError, match="stage failed"):
        run_stages(app, tmp_path / "dist", LIBRARY_STAGES + (Stage("boom", boom),))
    assert not (tmp_path / "dist").exists()
    assert list(tmp_path.iterdir()) == []
