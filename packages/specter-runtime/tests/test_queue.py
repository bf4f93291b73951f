from __future__ import annotations

import gevent
import pytest

from specter import QueueService


class Collect(QueueService):
    def __init__(self, delay=0.0, **kw):
        super().__init__("collect", **kw)
        self.delay = delay
        self.done = []
        self.errors = []
        self.reported = []

    def handle_item(self, item):
        if self.delay:
            gevent.sleep(self.delay)
        if item == "bad":
            raise ValueError("bad item")
        self.done.append(item)
        return item

    def on_item_error(self, item, error):
        self.errors.append((item, str(error)))

    def on_unprocessed(self, items):
        self.reported.extend(items)


def test_items_are_processed_in_order_by_one_worker(event_bus):
    q = Collect(bus=event_bus).start()
    for i in range(5):
        assert q.enqueue(i)
    gevent.sleep(0.01)
    assert q.done == [0, 1, 2, 3, 4]
    assert q.stop() == []


def test_enqueue_on_a_stopped_queue_returns_false(event_bus):
    q = Collect(bus=event_bus)
    assert q.enqueue(1) is False
    q.start()
    q.stop()
    assert q.enqueue(1) is False


def test_maxsize_back_pressure_rejects_when_full(event_bus):
    q = Collect(delay=0.05, maxsize=2, bus=event_bus).start()
    assert q.enqueue(1)
    gevent.sleep(0)  # the worker takes item 1
    assert q.enqueue(2) and q.enqueue(3)
    assert q.enqueue(4) is False
    assert q.pending_count() == 2
    q.stop(drain=False)


def test_blocking_enqueue_waits_for_room(event_bus):
    q = Collect(delay=0.01, maxsize=1, bus=event_bus).start()
    assert all(q.enqueue(i, block=True, timeout=1) for i in range(4))
    q.stop(timeout=1)
    assert q.done == [0, 1, 2, 3]


def test_stop_drains_queued_items(event_bus):
    q = Collect(delay=0.002, bus=event_bus).start()
    for i in range(10):
        q.enqueue(i)
    assert q.stop(drain=True, timeout=2) == []
    assert q.done == list(range(10))


def test_stop_timeout_returns_and_reports_unprocessed(event_bus):
    q = Collect(delay=0.02, bus=event_bus).start()
    for i in range(10):
        q.enqueue(i)
    left = q.stop(drain=True, timeout=0.05)
    assert left, "some items must be left after a short drain"
    assert sorted(q.done + left) == list(range(10))
    assert q.reported == left
    assert not q.running


def test_stop_without_drain_reports_everything_not_done(event_bus):
    q = Collect(delay=0.05, bus=event_bus).start()
    for i in range(3):
        q.enqueue(i)
    gevent.sleep(0.01)  # worker is inside item 0
    left = q.stop(drain=False)
    assert left == [0, 1, 2]
    assert q.done == []


def test_failing_item_is_reported_and_worker_continues(event_bus):
    q = Collect(bus=event_bus).start()
    q.enqueue("bad")
    q.enqueue("good")
    q.stop(timeout=1)
    assert q.errors == [("bad", "bad item")]
    assert q.done == ["good"]
    assert q.failed_count == 1 and q.processed_count == 1


def test_four_workers_process_concurrently(event_bus):
    active = {"now": 0, "peak": 0}

    class Parallel(QueueService):
        def handle_item(self, item):
            active["now"] += 1
            active["peak"] = max(active["peak"], active["now"])
            gevent.sleep(0.01)
            active["now"] -= 1

    q = Parallel("parallel", worker_count=4, bus=event_bus).start()
    for i in range(8):
        q.enqueue(i)
    assert q.stop(timeout=5) == []
    assert active["peak"] == 4
    assert q.processed_count == 8


def test_stop_is_idempotent_and_restart_works(event_bus):
    q = Collect(bus=event_bus).start()
    q.stop()
    assert q.stop() == []
    q.start()
    assert q.enqueue("again")
    q.stop(timeout=1)
    assert q.done == ["again"]


def test_health_reports_counts(event_bus):
    q = Collect(bus=event_bus).start()
    q.enqueue(1)
    gevent.sleep(0.01)
    health = q.health()
    assert health["processed"] == 1 and health["pending"] == 0 and health["workers"] == 1
    q.stop()


def test_rejects_bad_worker_count():
    with pytest.raises(ValueError, match="worker_count"):
        QueueService("q", worker_count=0)
