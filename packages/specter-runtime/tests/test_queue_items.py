"""Per-item hooks of QueueService: keys, progress, cancellation and observers."""

from __future__ import annotations

import gevent
import pytest

from specter import ItemCancelled, ItemEvent, QueueService


class Steps(QueueService):
    """Runs ``item["steps"]`` steps, each checking for cancellation and reporting progress."""

    def __init__(self, **kw):
        super().__init__("steps", **kw)
        self.cancelled = []

    def handle_item(self, item):
        total = item["steps"]
        for step in range(total):
            self.check_cancelled()
            self.report_progress(current=step + 1, total=total, message=f"step {step + 1}")
            gevent.sleep(item.get("delay", 0))
        if item.get("fail"):
            raise RuntimeError("boom")
        return {"done": total}

    def on_item_cancelled(self, item):
        self.cancelled.append(item)


def record(queue):
    events = []
    queue.observe(events.append)
    return events


def kinds(events, key=None):
    return [e.kind for e in events if key is None or e.key == key]


def test_observer_sees_start_progress_and_done_with_the_key(event_bus):
    q = Steps(bus=event_bus)
    events = record(q)
    q.start()
    assert q.enqueue({"steps": 3}, key="job-1")
    q.stop(timeout=2)
    assert kinds(events) == ["started", "progress", "progress", "progress", "done"]
    assert all(isinstance(e, ItemEvent) and e.key == "job-1" and e.queue == "steps" for e in events)
    assert [e.progress["current"] for e in events if e.kind == "progress"] == [1, 2, 3]
    assert events[-1].result == {"done": 3}
    assert events[-1].progress == {"current": 3, "total": 3, "percent": 100.0, "message": "step 3"}


def test_progress_percent_and_kept_fields(event_bus):
    seen = []

    class Partial(QueueService):
        def handle_item(self, item):
            seen.append(self.report_progress(message="starting"))
            seen.append(self.report_progress(current=1, total=3))
            seen.append(self.report_progress(current=2))
            seen.append(self.report_progress(current=5, message="over"))

    q = Partial("partial", bus=event_bus).start()
    q.enqueue("x")
    q.stop(timeout=2)
    assert seen[0] == {"current": None, "total": None, "percent": None, "message": "starting"}
    assert seen[1] == {"current": 1, "total": 3, "percent": 33.3, "message": "starting"}
    assert seen[2]["percent"] == 66.7 and seen[2]["total"] == 3
    assert seen[3] == {"current": 5, "total": 3, "percent": 100.0, "message": "over"}


def test_bad_progress_values_fail_the_item_with_a_clear_error(event_bus):
    errors = []

    class Bad(QueueService):
        def handle_item(self, item):
            self.report_progress(**item)

        def on_item_error(self, item, error):
            errors.append(str(error))

    q = Bad("bad", bus=event_bus).start()
    q.enqueue({"current": -1})
    q.enqueue({"total": "3"})
    q.enqueue({"current": True})
    q.enqueue({"message": 3})
    q.stop(timeout=2)
    assert len(errors) == 4
    assert "current=...) must be a number >= 0" in errors[0]
    assert "total=...) must be a number >= 0" in errors[1]
    assert "current" in errors[2]
    assert "message=...) must be a str" in errors[3]


def test_progress_and_check_cancelled_outside_a_worker_say_where_they_belong(event_bus):
    q = Steps(bus=event_bus).start()
    with pytest.raises(RuntimeError, match=r"report_progress\(\) is only available inside handle_item"):
        q.report_progress(current=1)
    with pytest.raises(RuntimeError, match=r"check_cancelled\(\) is only available inside handle_item"):
        q.check_cancelled()
    q.stop()


def test_cancel_a_queued_item_removes_it_at_once(event_bus):
    q = Steps(bus=event_bus)
    events = record(q)
    q.start()
    q.enqueue({"steps": 2, "delay": 0.02}, key="a")
    q.enqueue({"steps": 2}, key="b")
    gevent.sleep(0)  # the worker takes "a"
    assert q.pending_count() == 1
    assert q.cancel_item("b") == "queued"
    assert q.pending_count() == 0
    assert kinds(events, "b") == ["cancelled"]
    assert q.cancel_item("b") is None  # no longer live
    assert q.stop(timeout=2) == []
    assert kinds(events, "a")[-1] == "done"
    assert q.cancelled == [{"steps": 2}] and q.cancelled_count == 1


def test_cancel_frees_room_in_a_full_queue(event_bus):
    q = Steps(maxsize=1, bus=event_bus).start()
    q.enqueue({"steps": 1, "delay": 0.05}, key="running")
    gevent.sleep(0)
    assert q.enqueue({"steps": 1}, key="waiting")
    assert q.enqueue({"steps": 1}, key="refused") is False
    assert q.cancel_item("waiting") == "queued"
    assert q.enqueue({"steps": 1}, key="next")
    assert q.stop(timeout=2) == []


def test_cancel_a_running_item_is_observed_at_check_cancelled(event_bus):
    q = Steps(bus=event_bus)
    events = record(q)
    q.start()
    q.enqueue({"steps": 10, "delay": 0.01}, key="long")
    gevent.sleep(0.025)
    assert q.cancel_item("long") == "running"
    q.stop(timeout=2)
    assert kinds(events)[-1] == "cancelled"
    assert "done" not in kinds(events) and "failed" not in kinds(events)
    progress = events[-1].progress
    assert 1 <= progress["current"] < 10
    assert q.cancelled_count == 1 and q.failed_count == 0 and q.processed_count == 0


def test_a_handler_that_never_checks_finishes_normally(event_bus):
    class Stubborn(QueueService):
        def handle_item(self, item):
            gevent.sleep(0.02)
            return "finished"

    q = Stubborn("stubborn", bus=event_bus)
    events = record(q)
    q.start()
    q.enqueue(1, key="k")
    gevent.sleep(0.005)
    assert q.cancel_item("k") == "running"
    q.stop(timeout=2)
    assert kinds(events) == ["started", "done"]


def test_handler_may_raise_item_cancelled_itself(event_bus):
    class GivesUp(QueueService):
        def handle_item(self, item):
            raise ItemCancelled("nothing to do")

    q = GivesUp("gives-up", bus=event_bus)
    events = record(q)
    q.start()
    q.enqueue(1)
    q.stop(timeout=2)
    assert kinds(events) == ["started", "cancelled"]
    assert q.cancelled_count == 1 and q.failed_count == 0


def test_failure_is_observed_with_the_error(event_bus):
    q = Steps(bus=event_bus)
    events = record(q)
    q.on_item_error = lambda item, error: None  # keep the test log quiet
    q.start()
    q.enqueue({"steps": 1, "fail": True}, key="f")
    q.stop(timeout=2)
    assert kinds(events) == ["started", "progress", "failed"]
    assert isinstance(events[-1].error, RuntimeError) and str(events[-1].error) == "boom"


def test_stop_reports_queued_and_interrupted_items_to_observers(event_bus):
    q = Steps(bus=event_bus)
    events = record(q)
    q.on_unprocessed = lambda items: None
    q.start()
    q.enqueue({"steps": 5, "delay": 0.05}, key="running")
    q.enqueue({"steps": 1}, key="queued")
    gevent.sleep(0.01)
    left = q.stop(drain=False)
    assert left == [{"steps": 5, "delay": 0.05}, {"steps": 1}]
    unprocessed = [e for e in events if e.kind == "unprocessed"]
    assert [e.key for e in unprocessed] == ["running", "queued"]
    assert unprocessed[0].progress["current"] == 1


def test_duplicate_live_keys_are_refused(event_bus):
    q = Steps(bus=event_bus).start()
    q.enqueue({"steps": 1, "delay": 0.02}, key="same")
    with pytest.raises(ValueError, match="already has a live item with key 'same'"):
        q.enqueue({"steps": 1}, key="same")
    q.stop(timeout=2)
    q.start()
    assert q.enqueue({"steps": 1}, key="same")  # finished keys can be reused
    q.stop(timeout=2)


def test_a_failing_observer_is_logged_and_the_item_still_completes(event_bus, caplog):
    q = Steps(bus=event_bus)

    def broken(event):
        raise RuntimeError("observer bug")

    q.observe(broken)
    events = record(q)
    q.start()
    q.enqueue({"steps": 1})
    q.stop(timeout=2)
    assert kinds(events)[-1] == "done"
    assert "observer" in caplog.text


def test_unobserve_stops_delivery(event_bus):
    q = Steps(bus=event_bus)
    events = []
    stop_watching = q.observe(events.append)
    stop_watching()
    q.start()
    q.enqueue({"steps": 1})
    q.stop(timeout=2)
    assert events == []


def test_progress_is_per_worker_with_four_workers(event_bus):
    q = Steps(worker_count=4, bus=event_bus)
    events = record(q)
    q.start()
    for n in range(4):
        q.enqueue({"steps": 3, "delay": 0.005}, key=n)
    q.stop(timeout=2)
    for n in range(4):
        currents = [e.progress["current"] for e in events if e.key == n and e.kind == "progress"]
        assert currents == [1, 2, 3]


def test_health_counts_cancelled(event_bus):
    q = Steps(bus=event_bus).start()
    q.enqueue({"steps": 1, "delay": 0.02}, key="a")
    q.enqueue({"steps": 1}, key="b")
    gevent.sleep(0)
    q.cancel_item("b")
    assert q.health()["cancelled"] == 1
    q.stop(timeout=2)
