"""The in-memory session store: O(1) operations, a bound with LRU eviction, TTL eviction."""

from __future__ import annotations

import time

import pytest

from sprag.backends.sessions import InMemorySessionStore, SessionPolicy

POLICY = SessionPolicy(idle_ttl_seconds=60, absolute_ttl_seconds=600)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_when_full_the_least_recently_used_session_is_evicted():
    store = InMemorySessionStore(max_sessions=3, clock=Clock())
    a, b, c = store.create(), store.create(), store.create()
    assert store.load(a.id, POLICY) is a  # a is now the most recently used
    d = store.create()
    assert len(store) == 3
    assert store.load(b.id, POLICY) is None
    assert all(store.load(s.id, POLICY) is s for s in (a, c, d))


def test_idle_sessions_are_evicted_as_new_ones_are_created():
    clock = Clock()
    store = InMemorySessionStore(clock=clock)
    old = [store.create() for _ in range(5)]
    store.load(old[0].id, POLICY)  # the store learns the policy's idle TTL
    clock.now += 61
    fresh = store.create()
    assert len(store) == 1 and store.load(fresh.id, POLICY) is fresh


def test_idle_and_absolute_ttls_expire_on_load():
    clock = Clock()
    store = InMemorySessionStore(clock=clock)
    idle, busy = store.create(), store.create()
    for _ in range(12):  # busy is used every 50 s, idle never
        clock.now += 50
        assert store.load(busy.id, POLICY) is busy
    assert store.load(idle.id, POLICY) is None
    clock.now += 50
    assert store.load(busy.id, POLICY) is None  # 650 s old: past the absolute TTL


def test_the_bound_must_be_positive():
    with pytest.raises(ValueError, match="max_sessions"):
        InMemorySessionStore(max_sessions=0)


def test_create_is_constant_time_when_the_store_is_full():
    """The old store scanned every session to evict one: ~1000x slower at 100k sessions."""

    def cost(size: int) -> float:
        store = InMemorySessionStore(max_sessions=size)
        for _ in range(size):
            store.create()
        started = time.perf_counter()
        for _ in range(2000):
            store.create()  # full: each evicts one
        return time.perf_counter() - started

    small, large = cost(100), cost(50_000)
    assert large < small * 5, (small, large)
