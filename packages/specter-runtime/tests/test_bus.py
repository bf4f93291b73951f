from __future__ import annotations

import logging

import pytest

from specter import EventBus, bus


def test_delivers_in_subscription_order(event_bus):
    order = []
    for i in range(5):
        event_bus.on("e", lambda data, i=i: order.append(i))
    event_bus.emit("e")
    assert order == [0, 1, 2, 3, 4]


def test_emit_is_synchronous_and_returns_listener_count(event_bus):
    got = []
    event_bus.on("e", got.append)
    assert event_bus.emit("e", {"a": 1}) == 1
    assert got == [{"a": 1}]


def test_failing_listener_is_isolated_and_logged(event_bus, caplog):
    got = []

    def broken(data):
        raise RuntimeError("listener broke")

    event_bus.on("e", got.append)
    event_bus.on("e", broken)
    event_bus.on("e", got.append)
    with caplog.at_level(logging.ERROR, logger="specter.bus"):
        assert event_bus.emit("e", 7) == 3
    assert got == [7, 7]
    assert "listener broke" in caplog.text


def test_unsubscribe_stops_delivery(event_bus):
    got = []
    off = event_bus.on("e", got.append)
    off()
    off()
    event_bus.emit("e", 1)
    assert got == []


def test_listener_removed_during_emit_is_skipped(event_bus):
    got = []
    offs = {}
    event_bus.on("e", lambda d: offs["b"]())
    offs["b"] = event_bus.on("e", got.append)
    event_bus.emit("e", 1)
    assert got == []


def test_once_fires_a_single_time(event_bus):
    got = []
    event_bus.once("e", got.append)
    event_bus.emit("e", 1)
    event_bus.emit("e", 2)
    assert got == [1]


def test_clear_by_owner_touches_only_that_owner(event_bus):
    mine, theirs = object(), object()
    event_bus.on("e", lambda d: None, owner=mine)
    event_bus.on("e", lambda d: None, owner=theirs)
    assert event_bus.clear(owner=mine) == 1
    assert event_bus.listener_count("e") == 1


def test_off_removes_a_function(event_bus):
    def fn(d):
        pass

    event_bus.on("e", fn)
    event_bus.on("e", print)
    assert event_bus.off("e", fn) == 1
    assert event_bus.listener_count("e") == 1


def test_rejects_bad_event_names_and_listeners(event_bus):
    with pytest.raises(ValueError, match="non-empty"):
        event_bus.on("", print)
    with pytest.raises(TypeError, match="callable"):
        event_bus.on("e", 3)


def test_custom_backend_receives_publishes_and_delivers(event_bus):
    class Loopback:
        def __init__(self):
            self.published = []

        def attach(self, deliver):
            self.deliver = deliver

        def publish(self, event, data):
            self.published.append((event, data))
            return None  # remote: delivery happens when the message comes back

        def close(self):
            pass

    got = []
    backend = Loopback()
    event_bus.set_backend(backend)
    event_bus.on("e", got.append)
    assert event_bus.emit("e", 1) == 0
    assert got == []
    backend.deliver("e", 1)
    assert backend.published == [("e", 1)] and got == [1]


def test_backend_must_have_the_three_methods(event_bus):
    with pytest.raises(TypeError, match="attach"):
        event_bus.set_backend(object())


def test_module_bus_is_an_event_bus():
    assert isinstance(bus, EventBus)
