"""env(), public_env() and .env / .env.local loading."""

import pytest

from sprag.environment import EnvError, env, load_env_files, public_env


@pytest.fixture
def project(tmp_path, monkeypatch):
    for key in ("APP_NAME", "ONLY_FILE", "LOCAL_WINS", "SPRAG_PUBLIC_SITE", "SECRET_KEY"):
        monkeypatch.delenv(key, raising=False)
    (tmp_path / ".env").write_text(
        "APP_NAME=from-file\nONLY_FILE=1\nLOCAL_WINS=env\nSPRAG_PUBLIC_SITE=Site\nSECRET_KEY=s3cret\n"
    )
    (tmp_path / ".env.local").write_text("LOCAL_WINS=local\n")
    return tmp_path


def test_env_file_values_are_loaded(project):
    load_env_files(project)
    assert env("ONLY_FILE", cast=int) == 1


def test_process_env_wins_over_files(project, monkeypatch):
    monkeypatch.setenv("APP_NAME", "from-process")
    load_env_files(project)
    assert env("APP_NAME") == "from-process"


def test_env_local_overrides_env(project):
    load_env_files(project)
    assert env("LOCAL_WINS") == "local"


def test_only_public_prefix_reaches_public_env(project):
    load_env_files(project)
    public = public_env()
    assert public.get("SPRAG_PUBLIC_SITE") == "Site"
    assert "SECRET_KEY" not in public and all(k.startswith("SPRAG_PUBLIC_") for k in public)


def test_default_when_missing():
    assert env("SPRAG_TEST_SURELY_MISSING", "fallback") == "fallback"


def test_required_missing_raises_naming_the_variable():
    with pytest.raises(EnvError, match="SPRAG_TEST_SURELY_MISSING"):
        env("SPRAG_TEST_SURELY_MISSING", required=True)


@pytest.mark.parametrize("raw,expected", [("true", True), ("0", False), ("On", True), ("", False)])
def test_bool_cast(monkeypatch, raw, expected):
    monkeypatch.setenv("SPRAG_TEST_FLAG", raw)
    assert env("SPRAG_TEST_FLAG", cast=bool) is expected


def test_bad_bool_is_an_error_not_true(monkeypatch):
    monkeypatch.setenv("SPRAG_TEST_FLAG", "maybe")
    with pytest.raises(EnvError, match="not a boolean"):
        env("SPRAG_TEST_FLAG", cast=bool)


def test_bad_int_is_an_error(monkeypatch):
    monkeypatch.setenv("SPRAG_TEST_PORT", "80x")
    with pytest.raises(EnvError, match="not an int"):
        env("SPRAG_TEST_PORT", cast=int)


def test_payload_carries_only_public_env(load_project, monkeypatch):
    from conftest import page_payload

    monkeypatch.setenv("SPRAG_PUBLIC_COLOR", "teal")
    monkeypatch.setenv("SPRAG_TEST_SECRET", "hunter2")
    client = load_project("basic").flask.test_client()
    html = client.get("/counter").get_data(as_text=True)
    assert page_payload(html)["env"]["SPRAG_PUBLIC_COLOR"] == "teal"
    assert "hunter2" not in html
