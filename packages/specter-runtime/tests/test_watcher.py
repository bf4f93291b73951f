from __future__ import annotations

import gevent
import pytest

from specter import Watcher, WatcherError


def wait_until(predicate, timeout=1.0):
    deadline = gevent.get_hub().loop.now() + timeout
    while not predicate():
        if gevent.get_hub().loop.now() > deadline:
            raise AssertionError("condition not met in time")
        gevent.sleep(0.002)


def test_poll_mode_delivers_values(event_bus):
    counter = iter(range(100))
    got = []
    w = Watcher("w", poll=lambda: next(counter), interval=0.01, on_value=got.append,
                bus=event_bus).start()
    wait_until(lambda: len(got) >= 3)
    w.stop()
    assert got[:3] == [0, 1, 2]
    assert w.get_state()["value"] == got[-1]


def test_poll_transform_and_dedupe(event_bus):
    values = iter([1, 1, 2, 2, 2, 3] + [3] * 100)
    got = []
    w = Watcher("w", poll=lambda: next(values), interval=0.005, dedupe=True,
                transform=lambda v: v * 10, on_value=got.append, bus=event_bus).start()
    wait_until(lambda: len(got) >= 3)
    w.stop()
    assert got == [10, 20, 30]


def test_backoff_grows_then_resets_after_success(event_bus):
    script = iter(["fail", "fail", "fail", "ok", "fail"] + ["ok"] * 100)
    delays = []

    def poll():
        step = next(script)
        if step == "fail":
            raise ConnectionError("down")
        return step

    w = Watcher("w", poll=poll, interval=0.01, max_backoff=0.025,
                on_error=lambda exc, n, delay: delays.append((n, delay)), bus=event_bus).start()
    wait_until(lambda: len(delays) >= 4)
    w.stop()
    assert delays == [(1, 0.01), (2, 0.02), (3, 0.025), (1, 0.01)]


def test_failures_are_visible_in_state(event_bus):
    def poll():
        raise ConnectionError("down")

    w = Watcher("w", poll=poll, interval=0.01, bus=event_bus).start()
    wait_until(lambda: w.get_state()["failures"] >= 1)
    assert w.get_state()["error"] == "down"
    w.stop()


def test_no_retry_stops_with_watcher_error(event_bus):
    errors = []

    def poll():
        raise ConnectionError("down")

    w = Watcher("w", poll=poll, interval=0.01, retry=False,
                on_error=lambda exc, n, delay: errors.append(delay), bus=event_bus).start()
    wait_until(lambda: w.error is not None)
    assert isinstance(w.error, WatcherError)
    assert isinstance(w.error.__cause__, ConnectionError)
    assert errors == [None]
    w.stop()


def test_stream_mode_follows_and_reconnects(event_bus):
    connections = []
    got = []

    def stream():
        connections.append(1)
        n = len(connections)
        yield f"c{n}-a"
        yield f"c{n}-b"
        if n == 1:
            raise ConnectionError("stream dropped")

    w = Watcher("w", stream=stream, interval=0.01, on_value=got.append, bus=event_bus).start()
    wait_until(lambda: len(got) >= 4)
    w.stop()
    assert got[:4] == ["c1-a", "c1-b", "c2-a", "c2-b"]


def test_stream_backoff_resets_after_an_item(event_bus):
    attempts = []
    delays = []

    def stream():
        attempts.append(1)
        if len(attempts) in (1, 2):
            raise ConnectionError("refused")
        if len(attempts) == 3:
            yield "ok"
            raise ConnectionError("dropped")
        raise ConnectionError("refused again")

    w = Watcher("w", stream=stream, interval=0.01, max_backoff=1,
                on_error=lambda exc, n, delay: delays.append(delay), bus=event_bus).start()
    wait_until(lambda: len(delays) >= 4)
    w.stop()
    assert delays[:4] == [0.01, 0.02, 0.01, 0.02]


def test_values_are_emitted_on_the_bus(event_bus):
    got = []
    event_bus.on("temp", got.append)
    w = Watcher("w", poll=lambda: 21, interval=0.01, event="temp", dedupe=True,
                bus=event_bus).start()
    wait_until(lambda: got)
    gevent.sleep(0.03)
    w.stop()
    assert got == [21]


def test_stop_halts_polling(event_bus):
    calls = []
    w = Watcher("w", poll=lambda: calls.append(1), interval=0.01, bus=event_bus).start()
    wait_until(lambda: calls)
    w.stop()
    seen = len(calls)
    gevent.sleep(0.03)
    assert len(calls) == seen


def test_needs_exactly_one_source():
    with pytest.raises(WatcherError, match="exactly one source"):
        Watcher("w")
    with pytest.raises(WatcherError, match="exactly one source"):
        Watcher("w", poll=lambda: 1, stream=lambda: [])


def test_interval_must_be_positive():
    with pytest.raises(WatcherError, match="interval"):
        Watcher("w", poll=lambda: 1, interval=0)
