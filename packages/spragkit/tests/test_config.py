"""AppConfig: validated once, frozen, read by every collaborator."""

from __future__ import annotations

import dataclasses

import pytest

from sprag import App, AppConfig


def test_config_is_frozen_and_normalised(tmp_path):
    config = AppConfig(project_dir=tmp_path, mode="production", assets=["a.css"], metadata={"title": "x"})
    assert config.project_dir == tmp_path.resolve() and not config.dev
    assert config.assets == ("a.css",) and config.metadata["title"] == "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.mode = "dev"
    with pytest.raises(TypeError):
        config.metadata["title"] = "y"


@pytest.mark.parametrize("option, value, message", [
    ("mode", "staging", "mode='staging'"),
    ("server_mode", "threads", "server_mode='threads'"),
    ("action_body_limit", 0, "action_body_limit"),
    ("session_policy", {}, "SessionPolicy"),
])
def test_bad_options_name_what_was_wrong(tmp_path, option, value, message):
    with pytest.raises((ValueError, TypeError), match=message):
        AppConfig(project_dir=tmp_path, **{option: value})


def test_app_builds_its_config_from_keywords(load_project):
    loaded = load_project("basic")
    assert loaded.config.routes == "app.routes" and loaded.config.dev
    app = App(project_dir=loaded.project_dir, routes=None, mounts=None, action_body_limit=10)
    assert app.surfaces == [] and app.config.action_body_limit == 10
    app2 = App(config=AppConfig(project_dir=loaded.project_dir, routes=None, mounts=None))
    assert app2.surfaces == []


def test_config_and_keywords_do_not_mix(tmp_path):
    with pytest.raises(TypeError, match="takes no other options; got mode"):
        App(config=AppConfig(project_dir=tmp_path, routes=None, mounts=None), mode="dev")
