from __future__ import annotations

import time

import gevent
import pytest

from specter import registry
from specter.registry import Registry, RegistryError


def test_provide_and_resolve(reg):
    reg.provide("db", "conn")
    assert reg.resolve("db") == "conn"
    assert reg.require("db") == "conn"
    assert reg.has("db")


def test_resolve_missing_returns_default(reg):
    assert reg.resolve("nope", 5) == 5


def test_require_missing_names_the_key(reg):
    reg.provide("a", 1)
    with pytest.raises(RegistryError, match="'nope' is not provided.*known keys: a"):
        reg.require("nope")


def test_provide_twice_without_replace_fails(reg):
    reg.provide("a", 1)
    with pytest.raises(RegistryError, match="replace=True"):
        reg.provide("a", 2)
    reg.provide("a", 2, replace=True)
    assert reg.resolve("a") == 2


def test_wait_for_returns_value_provided_later(reg):
    gevent.spawn_later(0.01, reg.provide, "late", "value")
    assert reg.wait_for("late", timeout=1) == "value"


def test_wait_for_times_out(reg):
    start = time.monotonic()
    with pytest.raises(RegistryError, match="within 0.02s"):
        reg.wait_for("never", timeout=0.02)
    assert time.monotonic() - start < 0.5


def test_wait_for_wakes_several_waiters(reg):
    waiters = [gevent.spawn(reg.wait_for, "k", 1) for _ in range(5)]
    gevent.sleep(0)
    reg.provide("k", 42)
    gevent.joinall(waiters, timeout=1)
    assert [w.value for w in waiters] == [42] * 5


def test_stale_remover_does_not_remove_replacement(reg):
    remove_old = reg.provide("svc", "old", owner="A")
    reg.provide("svc", "new", owner="B", replace=True)
    assert remove_old() is False
    assert reg.resolve("svc") == "new"


def test_unregister_with_stale_owner_is_refused(reg):
    reg.provide("svc", "old", owner="A")
    reg.provide("svc", "new", owner="B", replace=True)
    assert reg.unregister("svc", owner="A") is False
    assert reg.unregister("svc", owner="B") is True
    assert not reg.has("svc")


def test_unregister_owner_removes_only_its_keys(reg):
    reg.provide("a", 1, owner="A")
    reg.provide("b", 2, owner="B")
    assert reg.unregister_owner("A") == ["a"]
    assert reg.keys() == ["b"]


def test_module_registry_instance():
    assert isinstance(registry, Registry)
