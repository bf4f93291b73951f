from __future__ import annotations

import gevent
import pytest

from specter import Service


class Recorder(Service):
    """A service that records every teardown step into a shared log."""

    def __init__(self, name, log, bus, fail=False):
        super().__init__(name, {"ticks": 0}, bus=bus)
        self.log = log
        self.fail = fail

    def on_start(self):
        self.log.append(f"{self.name}:start")

    def on_stop(self):
        self.log.append(f"{self.name}:on_stop")


def test_start_returns_self_and_is_idempotent(event_bus):
    log = []
    svc = Recorder("a", log, event_bus)
    assert svc.start() is svc
    assert svc.start() is svc
    assert svc.running
    assert log == ["a:start"]
    svc.stop()


def test_stop_is_idempotent_and_calls_on_stop_once(event_bus):
    log = []
    svc = Recorder("a", log, event_bus).start()
    svc.stop()
    svc.stop()
    assert log == ["a:start", "a:on_stop"]
    assert not svc.running


def test_stop_before_start_is_a_noop(event_bus):
    log = []
    Recorder("a", log, event_bus).stop()
    assert log == []


def test_interval_ticks_until_stop(event_bus):
    class Ticker(Service):
        def on_start(self):
            self.interval(self._tick, 0.01)

        def _tick(self):
            self.set_state({"ticks": self.state.get("ticks", 0) + 1})

    svc = Ticker("ticker", {"ticks": 0}, bus=event_bus).start()
    with gevent.Timeout(2):
        while svc.get_state()["ticks"] < 3:
            gevent.sleep(0.005)
    svc.stop()
    ticks = svc.get_state()["ticks"]
    assert ticks >= 3
    gevent.sleep(0.03)
    assert svc.get_state()["ticks"] == ticks


def test_teardown_order_is_on_stop_timers_listeners_children_cleanups(event_bus):
    log = []

    def listeners():
        return event_bus.listener_count("evt")

    class Child(Service):
        def on_stop(self):
            log.append(f"child:{self.name} listeners={listeners()}")

    class Parent(Service):
        def on_start(self):
            def worker():
                try:
                    gevent.sleep(10)
                except gevent.GreenletExit:
                    log.append(f"greenlet listeners={listeners()}")
                    raise

            def tick():
                pass

            self.spawn(worker)
            self.interval(tick, 10)
            self.listen("evt", lambda data: None)
            c1 = self.adopt(Child("c1", bus=event_bus))
            self.adopt(Child("c2", bus=event_bus))
            self.add_cleanup(lambda: log.append(f"cleanup1 c1={c1.running}"))
            self.add_cleanup(lambda: log.append("cleanup2"))

        def on_stop(self):
            log.append(f"on_stop timers={self.health()['timers']}")

    svc = Parent("parent", bus=event_bus).start()
    gevent.sleep(0)
    assert listeners() == 1
    svc.stop()
    assert log == [
        "on_stop timers=1",
        "greenlet listeners=1",
        "child:c2 listeners=0",
        "child:c1 listeners=0",
        "cleanup2",
        "cleanup1 c1=False",
    ]


def test_failing_on_start_tears_down_and_reraises(event_bus):
    log = []
    child = Service("child", bus=event_bus)

    class Broken(Service):
        def on_start(self):
            self.tid = self.interval(lambda: log.append("tick"), 0.01)
            self.listen("evt", lambda data: log.append("heard"))
            self.adopt(child)
            self.add_cleanup(lambda: log.append("cleanup"))
            raise RuntimeError("boom")

        def on_stop(self):
            log.append("on_stop")

    svc = Broken("broken", bus=event_bus)
    with pytest.raises(RuntimeError, match="boom"):
        svc.start()
    assert not svc.running
    assert not child.running
    assert log == ["cleanup"]
    assert event_bus.listener_count() == 0
    assert svc.health()["timers"] == 0
    gevent.sleep(0.03)
    event_bus.emit("evt")
    assert log == ["cleanup"]


def test_service_can_restart_after_stop(event_bus):
    hits = []

    class S(Service):
        def on_start(self):
            self.listen("ping", hits.append)

    svc = S("s", bus=event_bus).start()
    svc.stop()
    svc.start()
    event_bus.emit("ping", 1)
    svc.stop()
    assert hits == [1]


def test_timeout_fires_once_and_can_be_cancelled(event_bus):
    fired = []

    class S(Service):
        def on_start(self):
            self.timeout(lambda: fired.append("a"), 0.01)
            self.cancelled = self.timeout(lambda: fired.append("b"), 0.01)

    svc = S("s", bus=event_bus).start()
    assert svc.cancel_timeout(svc.cancelled) is True
    gevent.sleep(0.03)
    assert fired == ["a"]
    assert svc.cancel_timeout(svc.cancelled) is False
    svc.stop()


def test_cancel_interval_stops_ticking(event_bus):
    ticks = []

    class S(Service):
        def on_start(self):
            self.tid = self.interval(lambda: ticks.append(1), 0.01)

    svc = S("s", bus=event_bus).start()
    gevent.sleep(0.025)
    assert svc.cancel_interval(svc.tid)
    seen = len(ticks)
    gevent.sleep(0.03)
    assert len(ticks) == seen
    svc.stop()


def test_interval_keeps_running_after_callback_error(event_bus):
    calls = []

    def flaky():
        calls.append(1)
        raise ValueError("flaky")

    class S(Service):
        def on_start(self):
            self.interval(flaky, 0.01)

    svc = S("s", bus=event_bus).start()
    with gevent.Timeout(2):
        while len(calls) < 2:
            gevent.sleep(0.005)
    svc.stop()
    assert len(calls) >= 2


def test_spawned_greenlet_is_killed_on_stop(event_bus):
    class S(Service):
        def on_start(self):
            self.g = self.spawn(gevent.sleep, 10)

    svc = S("s", bus=event_bus).start()
    svc.stop()
    assert svc.g.dead


def test_spawn_later_does_not_run_after_stop(event_bus):
    ran = []

    class S(Service):
        def on_start(self):
            self.spawn_later(0.02, ran.append, 1)

    svc = S("s", bus=event_bus).start()
    svc.stop()
    gevent.sleep(0.04)
    assert ran == []


def test_timers_require_a_running_service(event_bus):
    svc = Service("idle", bus=event_bus)
    with pytest.raises(RuntimeError, match="call it from on_start"):
        svc.interval(lambda: None, 1)


def test_interval_rejects_non_positive_seconds(event_bus):
    svc = Service("s", bus=event_bus).start()
    with pytest.raises(ValueError, match="seconds"):
        svc.interval(lambda: None, 0)
    svc.stop()


def test_set_state_notifies_subscribers_only_on_change(event_bus):
    svc = Service("s", {"n": 0}, bus=event_bus)
    seen = []
    svc.subscribe(seen.append)
    svc.set_state({"n": 1})
    svc.set_state({"n": 1})
    assert seen == [{"n": 1}]
    assert svc.get_state() == {"n": 1}
    assert svc.state.get("n") == 1


def test_watch_is_immediate_and_removed_on_stop(event_bus):
    seen = []

    class S(Service):
        def on_start(self):
            self.watch(seen.append)

    svc = S("s", {"n": 0}, bus=event_bus).start()
    svc.set_state({"n": 1})
    svc.stop()
    svc.set_state({"n": 2})
    assert seen == [{"n": 0}, {"n": 1}]


def test_emit_reaches_listen(event_bus):
    got = []

    class S(Service):
        def on_start(self):
            self.listen("hello", got.append)

    svc = S("s", bus=event_bus).start()
    assert svc.emit("hello", {"x": 1}) == 1
    svc.stop()
    assert got == [{"x": 1}]


def test_adopt_before_start_starts_child_with_parent_and_again_on_restart(event_bus):
    parent = Service("p", bus=event_bus)
    child = parent.adopt(Service("c", bus=event_bus))
    assert not child.running
    parent.start()
    assert child.running
    parent.stop()
    assert not child.running
    parent.start()
    assert child.running
    parent.stop()


def test_own_uses_stop_method(event_bus):
    class Resource:
        closed = False

        def close(self):
            self.closed = True

    res = Resource()

    class S(Service):
        def on_start(self):
            self.own(res)

    svc = S("s", bus=event_bus).start()
    svc.stop()
    assert res.closed


def test_own_rejects_unknown_resource(event_bus):
    svc = Service("s", bus=event_bus)
    with pytest.raises(TypeError, match="stop_method"):
        svc.own(object())


def test_failing_cleanup_does_not_stop_teardown(event_bus):
    log = []

    class S(Service):
        def on_start(self):
            self.add_cleanup(lambda: log.append("first"))
            self.add_cleanup(lambda: 1 / 0)

    svc = S("s", bus=event_bus).start()
    svc.stop()
    assert log == ["first"]
    assert not svc.running


def test_stop_from_inside_own_timer_completes(event_bus):
    class S(Service):
        def on_start(self):
            self.timeout(self.stop, 0.01)

    svc = S("s", bus=event_bus).start()
    gevent.sleep(0.03)
    assert not svc.running


def test_provide_is_removed_on_stop_without_removing_replacement(event_bus, reg):
    a = Service("a", bus=event_bus, registry=reg).start()
    a.provide("thing", 1)
    reg.provide("thing", 2, replace=True)
    a.stop()
    assert reg.resolve("thing") == 2


def test_health_reports_owned_work(event_bus):
    class S(Service):
        def on_start(self):
            self.interval(lambda: None, 1)
            self.spawn(gevent.sleep, 1)

    svc = S("s", bus=event_bus).start()
    gevent.sleep(0)
    health = svc.health()
    assert health["name"] == "s" and health["running"] is True
    assert health["timers"] == 1 and health["greenlets"] == 1
    svc.stop()
    assert svc.health()["timers"] == 0


def test_name_defaults_to_class_attribute_then_class_name():
    class Named(Service):
        name = "named"

    assert Named().name == "named"
    assert Service().name == "Service"
