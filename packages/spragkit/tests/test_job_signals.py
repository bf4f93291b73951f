"""The job signal coalescer: state changes at once, progress at most once per interval with
a trailing signal, finals always delivered (real gevent timers)."""

from __future__ import annotations

import logging

import gevent

from sprag.backends.job_store import JobRecord
from sprag.jobs import JOB_CHANGED, JobSignals


def record(state="running", current=None, owner="sid"):
    job = JobRecord(id="j1", queue="q", state=state, owner=owner)
    job.progress = {"current": current, "total": 10, "percent": None, "message": None}
    return job


def collector():
    sent = []
    return sent, lambda event, payload, session_id: sent.append((event, payload, session_id))


def test_a_state_change_goes_out_at_once_to_the_owner():
    sent, emit = collector()
    JobSignals(emit).changed(record("running"))
    assert sent == [(JOB_CHANGED, {"queue": "q", "job_id": "j1", "state": "running",
                                   "progress": {"current": None, "total": 10, "percent": None,
                                                "message": None}}, "sid")]


def test_progress_bursts_are_coalesced_and_the_last_one_trails():
    sent, emit = collector()
    signals = JobSignals(emit, interval=0.05)
    signals.changed(record("running"))
    for n in range(1, 6):
        signals.changed(record(current=n), progress_only=True)
    assert len(sent) == 1  # all five inside the interval after the state change
    gevent.sleep(0.08)
    assert [p["progress"]["current"] for _, p, _ in sent] == [None, 5]


def test_a_final_state_drops_the_pending_progress_and_is_delivered():
    sent, emit = collector()
    signals = JobSignals(emit, interval=0.05)
    signals.changed(record("running"))
    signals.changed(record(current=3), progress_only=True)
    signals.changed(record("completed", current=10))
    gevent.sleep(0.08)
    assert [p["state"] for _, p, _ in sent] == ["running", "completed"]
    assert sent[-1][1]["progress"]["current"] == 10


def test_nothing_is_sent_without_an_emitter_or_an_owner():
    sent, emit = collector()
    JobSignals(None).changed(record())
    JobSignals(emit).changed(record(owner=None))
    assert sent == []


def test_a_failing_emitter_is_logged_not_raised(caplog):
    def broken(event, payload, session_id):
        raise RuntimeError("socket gone")

    with caplog.at_level(logging.ERROR):
        JobSignals(broken).changed(record())
    assert "sprag:queue.job.changed for job j1 failed" in caplog.text


def test_a_busy_process_never_sends_two_progress_signals_inside_one_interval():
    # blocking the hub makes its cached clock lag, so gevent timers fire early in real time
    import time

    sent, emit = collector()
    signals = JobSignals(emit, interval=0.1)
    stamps = []
    signals.emit = lambda event, payload, sid: (stamps.append(time.monotonic()), emit(event, payload, sid))
    signals.changed(record(current=1), progress_only=True)  # sent at once
    signals.changed(record(current=2), progress_only=True)  # trailing timer scheduled
    time.sleep(0.15)  # a busy process: the trailing timer is due but has not run
    signals.changed(record(current=3), progress_only=True)  # interval passed: sent directly
    signals.changed(record(current=4), progress_only=True)  # inside the new interval: trails
    gevent.sleep(0.3)  # every timer that is left runs
    assert [p["progress"]["current"] for _, p, _ in sent] == [1, 3, 4]
    assert all(b - a >= 0.1 * 0.95 for a, b in zip(stamps, stamps[1:])), stamps
