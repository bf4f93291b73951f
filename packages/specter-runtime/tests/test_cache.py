from __future__ import annotations

import gevent
import pytest

from specter import Cache, create_cache


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_get_or_compute_calls_factory_once(event_bus):
    cache = create_cache("c", bus=event_bus)
    calls = []
    assert cache.get_or_compute(lambda: calls.append(1) or "v") == "v"
    assert cache.get_or_compute(lambda: calls.append(1) or "w") == "v"
    assert calls == [1]


def test_can_cache_none(event_bus):
    cache = create_cache("c", bus=event_bus)
    calls = []
    cache.get_or_compute(lambda: calls.append(1))
    assert cache.get_or_compute(lambda: calls.append(1)) is None
    assert calls == [1]
    assert cache.has() and cache.get(default="d") is None


def test_ttl_expiry(event_bus):
    clock = Clock()
    cache = Cache("c", ttl=5, bus=event_bus, clock=clock)
    cache.set("v")
    clock.now += 4.9
    assert cache.get() == "v"
    clock.now += 0.2
    assert cache.get("missing-key", "gone") == "gone"
    assert not cache.has()


def test_ttl_expiry_with_real_time(event_bus):
    cache = create_cache("c", ttl=0.01, bus=event_bus)
    cache.set("v")
    gevent.sleep(0.02)
    assert not cache.has()


def test_keyed_entries_and_single_key_invalidation(event_bus):
    cache = create_cache("c", bus=event_bus)
    cache.set(1, key="a")
    cache.set(2, key="b")
    cache.invalidate("a")
    assert cache.get("b") == 2 and not cache.has("a")
    assert cache.keys() == ["b"]


def test_bus_event_invalidates(event_bus):
    cache = create_cache("users", depends_on=["user.saved"], bus=event_bus)
    cache.set("list")
    event_bus.emit("user.saved", {"id": 1})
    assert not cache.has()


def test_invalidation_cascades_to_dependents(event_bus):
    users = create_cache("users", depends_on=["user.saved"], bus=event_bus)
    page = create_cache("page", depends_on=[users], bus=event_bus)
    summary = create_cache("summary", depends_on=[page.event], bus=event_bus)
    for c in (users, page, summary):
        c.set("x")
    event_bus.emit("user.saved")
    assert not any(c.has() for c in (users, page, summary))


def test_cycle_does_not_loop_and_invalidates_both(event_bus):
    a = create_cache("a", depends_on=["cache:b:invalidated"], bus=event_bus)
    b = create_cache("b", depends_on=[a], bus=event_bus)
    a.set(1)
    b.set(2)
    emitted = []
    event_bus.on("cache:a:invalidated", emitted.append)
    a.invalidate()
    assert not a.has() and not b.has()
    assert len(emitted) == 1
    # the cycle survives repeated invalidation rounds
    for _ in range(3):
        a.set(1)
        b.set(2)
        b.invalidate()
        assert not a.has() and not b.has()


def test_concurrent_get_or_compute_computes_once(event_bus):
    cache = create_cache("c", bus=event_bus)
    calls = []

    def slow():
        calls.append(1)
        gevent.sleep(0.01)
        return "v"

    results = [gevent.spawn(cache.get_or_compute, slow) for _ in range(10)]
    gevent.joinall(results, timeout=2)
    assert [g.value for g in results] == ["v"] * 10
    assert calls == [1]


def test_value_computed_during_invalidation_is_not_stored(event_bus):
    cache = create_cache("c", bus=event_bus)

    def factory():
        cache.invalidate()
        return "stale"

    assert cache.get_or_compute(factory) == "stale"
    assert not cache.has()


def test_close_stops_listening(event_bus):
    cache = create_cache("c", depends_on=["e"], bus=event_bus)
    cache.close()
    assert event_bus.listener_count("e") == 0


def test_bad_ttl_is_rejected(event_bus):
    with pytest.raises(ValueError, match="ttl"):
        create_cache("c", ttl=-1, bus=event_bus)
