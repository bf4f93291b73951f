"""The in-memory job store: copies in and out, TTL expiry and a count bound per queue."""

from __future__ import annotations

import time

import pytest

from sprag.backends.job_store import InMemoryJobStore, JobRecord


def job(job_id, queue="q", state="queued", finished=None, **kw):
    return JobRecord(id=job_id, queue=queue, state=state, created=time.time(), finished=finished, **kw)


def test_records_come_out_as_copies():
    store = InMemoryJobStore()
    assert store.add(job("a", meta={"n": [1]}))
    got = store.get("q", "a")
    got.meta["n"].append(2)
    got.progress["current"] = 9
    assert store.get("q", "a").meta == {"n": [1]}
    assert store.get("q", "a").progress["current"] is None


def test_ids_are_unique_per_queue():
    store = InMemoryJobStore()
    assert store.add(job("a"))
    assert store.add(job("a")) is False
    assert store.add(job("a", queue="other"))


def test_update_returns_the_new_record_and_none_for_unknown():
    store = InMemoryJobStore()
    store.add(job("a"))
    assert store.update("q", "a", {"state": "running", "started": 1.0}).state == "running"
    assert store.update("q", "zz", {"state": "running"}) is None


def test_finished_records_expire_after_the_ttl():
    store = InMemoryJobStore(ttl_seconds=0.05)
    store.add(job("old"))
    store.add(job("live"))
    store.update("q", "old", {"state": "completed", "finished": time.time()})
    assert store.get("q", "old") is not None
    time.sleep(0.06)
    assert store.get("q", "old") is None
    assert store.get("q", "live").state == "queued"  # never expired while active


def test_count_bound_keeps_the_newest_finished_per_queue():
    store = InMemoryJobStore(max_finished_per_queue=2)
    for n in range(4):
        store.add(job(str(n)))
        store.update("q", str(n), {"state": "completed", "finished": time.time()})
    store.add(job("active"))
    assert [store.get("q", str(n)) is not None for n in range(4)] == [False, False, True, True]
    assert store.get("q", "active") is not None
    assert store.counts() == {"q": (3, 2)}


def test_active_lists_unfinished_oldest_first():
    store = InMemoryJobStore()
    store.add(JobRecord(id="b", queue="q", created=2.0))
    store.add(JobRecord(id="a", queue="q", created=1.0))
    store.add(JobRecord(id="c", queue="q", created=3.0, state="failed", finished=3.0))
    assert [r.id for r in store.active("q")] == ["a", "b"]


def test_public_record_has_no_owner():
    record = JobRecord(id="a", queue="q", owner="session-secret")
    assert "owner" not in record.to_dict() and "session-secret" not in str(record.to_dict())


@pytest.mark.parametrize("kwargs", [{"ttl_seconds": 0}, {"ttl_seconds": "1"}, {"max_finished_per_queue": 0}])
def test_bad_limits_are_refused_with_the_option_named(kwargs):
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        InMemoryJobStore(**kwargs)
