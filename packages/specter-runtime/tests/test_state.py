from __future__ import annotations

import gevent
import pytest

from specter import Model, Store, create_model, create_store


# Store ---------------------------------------------------------------------------------------
def test_store_set_get_delete():
    store = create_store("s", {"a": 1})
    store.set("b", 2)
    assert store.get("b") == 2 and store.get() == {"a": 1, "b": 2}
    assert store.delete("a") is True and store.delete("a") is False
    assert store["b"] == 2 and "a" not in store and len(store) == 1
    assert isinstance(store, Store)


def test_store_get_returns_a_copy():
    store = create_store("s", {"a": 1})
    store.get()["a"] = 99
    assert store.get("a") == 1


def test_store_subscriber_fires_only_on_change():
    store = create_store("s", {"a": 1})
    seen = []
    store.subscribe(seen.append)
    store.set("a", 1)
    store.set("a", 2)
    assert seen == [{"a": 2}]


def test_store_key_selector_ignores_other_keys():
    store = create_store("s", {"a": 1, "b": 1})
    seen = []
    store.subscribe(seen.append, selector="a")
    store.set("b", 2)
    store.set("a", 5)
    assert seen == [5]


def test_store_callable_selector_and_immediate():
    store = create_store("s", {"items": [1, 2]})
    seen = []
    store.subscribe(seen.append, selector=lambda s: len(s["items"]), immediate=True)
    store.set("items", [1, 2, 3])
    store.set("items", [4, 5, 6])
    assert seen == [2, 3]


def test_store_update_is_atomic_and_notifies_once():
    store = create_store("s", {"n": 0})
    seen = []
    store.subscribe(seen.append)

    def bump(state):
        state["n"] += 1
        state["m"] = True

    assert store.update(bump) == {"n": 1, "m": True}
    assert seen == [{"n": 1, "m": True}]


def test_store_replace_and_patch():
    store = create_store("s", {"a": 1})
    store.patch({"b": 2})
    assert store.get() == {"a": 1, "b": 2}
    store.replace({"z": 0})
    assert store.get() == {"z": 0}


def test_store_unsubscribe():
    store = create_store("s")
    seen = []
    off = store.subscribe(seen.append)
    off()
    store.set("a", 1)
    assert seen == []


def test_store_failing_subscriber_does_not_block_others():
    store = create_store("s")
    seen = []
    store.subscribe(lambda v: 1 / 0)
    store.subscribe(seen.append, selector="a")
    store.set("a", 1)
    assert seen == [1]


def test_store_batch_notifies_once():
    store = create_store("s", {"a": 0})
    seen = []
    store.subscribe(seen.append, selector="a")
    with store.batch():
        store.set("a", 1)
        store.set("a", 2)
    assert seen == [2]


def test_store_rejects_non_dict_initial():
    with pytest.raises(TypeError, match="initial state must be a dict"):
        create_store("s", [1])


def test_store_selector_under_100_concurrent_greenlets():
    store = create_store("s", {"count": 0, "noise": 0})
    counts = []
    store.subscribe(counts.append, selector="count")

    def worker(i):
        gevent.sleep(0.001 * (i % 5))
        store.update(lambda s: {**s, "count": s["count"] + 1})
        store.set("noise", i)  # never touches the selected key

    gevent.joinall([gevent.spawn(worker, i) for i in range(100)], timeout=5)
    assert store.get("count") == 100
    assert counts == list(range(1, 101))


# Model ---------------------------------------------------------------------------------------
def test_model_nested_get_and_set():
    model = create_model("m", {"user": {"name": "a"}})
    model.set("user.email", "a@x")
    model.set("settings.theme.dark", True)
    assert model.get("user") == {"name": "a", "email": "a@x"}
    assert model.get("settings.theme.dark") is True
    assert model.get("missing.path", "dflt") == "dflt"
    assert isinstance(model, Model)


def test_model_list_paths():
    model = create_model("m", {"items": [{"t": "a"}, {"t": "b"}]})
    model.set("items.1.t", "B")
    model.set(["items", 2], {"t": "c"})
    assert model.get("items.1.t") == "B" and model.get("items.2") == {"t": "c"}
    with pytest.raises(KeyError, match="out of range"):
        model.set("items.9", 1)


def test_model_set_inside_scalar_is_an_error():
    model = create_model("m", {"a": 1})
    with pytest.raises(KeyError, match="cannot set 'b' inside a int"):
        model.set("a.b", 2)


def test_model_patch_deep_merges():
    model = create_model("m", {"a": {"b": 1, "c": 2}})
    model.patch({"a": {"c": 3, "d": 4}})
    assert model.get() == {"a": {"b": 1, "c": 3, "d": 4}}


def test_model_delete():
    model = create_model("m", {"a": {"b": 1}, "l": [1, 2]})
    model.delete("a.b")
    model.delete("l.0")
    assert model.get() == {"a": {}, "l": [2]}
    with pytest.raises(KeyError, match="does not exist"):
        model.delete("nope")


def test_model_get_returns_a_copy():
    model = create_model("m", {"a": {"b": [1]}})
    model.get("a")["b"].append(2)
    assert model.get("a.b") == [1]


def test_model_set_copies_the_input():
    model = create_model("m")
    value = {"x": [1]}
    model.set("v", value)
    value["x"].append(2)
    assert model.get("v.x") == [1]


def test_model_path_selector_fires_only_when_its_subtree_changes():
    model = create_model("m", {"a": {"x": 1}, "b": {"y": 1}})
    seen = []
    model.subscribe(seen.append, selector="a")
    model.set("b.y", 2)
    model.set("a.x", 1)
    model.set("a.x", 2)
    assert seen == [{"x": 2}]


def test_model_select_and_callable_selector():
    model = create_model("m", {"items": [1, 2, 3]})
    assert model.select(lambda s: sum(s["items"])) == 6
    seen = []
    model.subscribe(seen.append, selector=lambda s: len(s["items"]), immediate=True)
    model.update(lambda items: items + [4], path="items")
    assert seen == [3, 4]


def test_model_subscribers_under_100_concurrent_greenlets():
    model = create_model("m", {"stats": {"hits": 0}, "other": {}})
    hits = []
    model.subscribe(hits.append, selector="stats.hits")

    def worker(i):
        gevent.sleep(0.001 * (i % 3))
        model.update(lambda n: n + 1, path="stats.hits")
        model.set(f"other.k{i}", i)

    gevent.joinall([gevent.spawn(worker, i) for i in range(100)], timeout=5)
    assert model.get("stats.hits") == 100
    assert hits == list(range(1, 101))


def test_model_root_must_be_dict():
    with pytest.raises(TypeError, match="root must be a dict"):
        create_model("m").set(None, [1])
