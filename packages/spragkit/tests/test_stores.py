"""store(name, initial=) on the server, and its copy in the page payload."""

import pytest
from conftest import page_payload

from sprag import store
from sprag import stores as stores_module


@pytest.fixture(autouse=True)
def clean_stores():
    stores_module._stores.clear()
    yield
    stores_module._stores.clear()


def test_same_name_returns_the_same_store():
    assert store("prefs", initial={"a": 1}) is store("prefs")


def test_set_and_get_by_path():
    s = store("session", initial={"user": {"name": "Ada"}})
    s.set("user.name", "Grace")
    assert s.get("user.name") == "Grace"


def test_patch_deep_merges():
    s = store("session", initial={"prefs": {"theme": "dark", "size": 2}})
    s.patch({"prefs": {"theme": "light"}})
    assert s.get("prefs") == {"theme": "light", "size": 2}


def test_subscribe_with_selector_fires_on_change_only():
    s = store("session", initial={"user": {"name": "Ada"}, "n": 0})
    seen = []
    s.subscribe(lambda user: seen.append(user["name"]), selector=lambda st: st["user"], immediate=True)
    s.set("n", 1)
    s.set("user.name", "Grace")
    assert seen == ["Ada", "Grace"]


def test_delete_removes_a_path():
    s = store("session", initial={"a": {"b": 1}})
    s.delete("a.b")
    assert s.get("a") == {}


def test_bad_name_is_rejected():
    with pytest.raises(ValueError):
        store("not a name")


def test_server_value_reaches_the_page_payload(load_project):
    app = load_project("basic")
    from sprag import stores as live

    live._stores["session"].set("prefs.theme", "light")
    html = app.flask.test_client().get("/profile").get_data(as_text=True)
    assert page_payload(html)["stores"]["session"]["prefs"]["theme"] == "light"


def test_pages_whose_code_uses_no_store_ship_no_store_state(load_project):
    html = load_project("basic").flask.test_client().get("/counter").get_data(as_text=True)
    assert page_payload(html)["stores"] == {}
