"""Jobs on Redis Streams across `sprag serve` hosts: a job survives the SIGKILL of the host
running it (reclaimed by another after the visibility timeout), cancel works from any host,
queued jobs survive a stop of every host."""

from __future__ import annotations

import pytest

from .hosts import PROJECTS, Host, Visitor, until

ENV = {"SCALE_STEP": "0.1", "SCALE_VISIBILITY": "2"}


@pytest.fixture
def spawn(redis_url, tmp_path):
    started = []

    def start(name, **env):
        host = Host(name, PROJECTS / "scale", redis_url, tmp_path, dict(ENV, **env))
        started.append(host)
        host.wait_ready("/board")
        return host

    yield start
    for host in started:
        host.stop()


def _peek(visitor, host, job_id):
    status, answer = visitor.action(host, "/board", "peek", {"job_id": job_id})
    assert status == 200, answer
    return answer["value"]


def _put(visitor, host, label, steps):
    status, answer = visitor.action(host, "/board", "put", {"label": label, "steps": steps})
    assert status == 200 and answer["value"]["accepted"], answer
    return answer["value"]["job"]["id"]


def test_a_job_whose_host_is_killed_mid_job_completes_on_another_host(spawn):
    a = spawn("A")
    visitor = Visitor()
    visitor.page(a, "/board")
    job_id = _put(visitor, a, "long", 150)  # 15 s of work on A
    running = until(lambda: (lambda r: r if r["state"] == "running" and r["progress"]["current"] else None)(
        _peek(visitor, a, job_id)))
    assert running["progress"]["message"] == "host A"  # A's worker runs it
    b = spawn("B", SCALE_STEP="0.02")  # B works faster: 3 s
    assert _peek(visitor, b, job_id)["state"] == "running"
    a.kill()  # SIGKILL: no drain, no goodbye
    try:
        done = until(lambda: (lambda r: r if r["state"] in ("completed", "failed") else None)(
            _peek(visitor, b, job_id)), timeout=30)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; record {_peek(visitor, b, job_id)}; B said:\n{b.output()}") from None
    assert done["state"] == "completed", done
    assert done["result"] == {"label": "long", "host": "B"}
    assert "run again here (attempt 2 of 3)" in b.output()


def test_cancel_from_another_host_and_queued_jobs_survive_every_host_stopping(spawn):
    a, b = spawn("A"), spawn("B")
    visitor = Visitor()
    visitor.page(a, "/board")
    # 2 workers per host: 6 jobs of 3 s keep both hosts busy, 2 wait in the stream
    jobs = [_put(visitor, a, f"job{i}", 30) for i in range(6)]
    until(lambda: sum(_peek(visitor, b, j)["state"] == "running" for j in jobs) == 4)
    target = next(j for j in jobs if _peek(visitor, a, j)["state"] == "running")
    assert visitor.action(b, "/board", "cancel", {"job_id": target})[1]["value"]["state"] in (
        "cancelling", "cancelled")
    assert until(lambda: _peek(visitor, a, target)["state"] == "cancelled")
    a.stop()
    b.stop()  # graceful stops put the unfinished jobs back in the stream
    left = [j for j in jobs if j != target]
    c = spawn("C")
    finished = until(lambda: (lambda rs: rs if all(r["state"] == "completed" for r in rs) else None)(
        [_peek(visitor, c, j) for j in left]), timeout=60, every=0.5)
    assert len(finished) == 5


def test_jobs_run_again_after_redis_restarts(spawn, redis_server):
    a, b = spawn("A"), spawn("B")
    visitor = Visitor()
    visitor.page(a, "/board")
    first = _put(visitor, a, "before", 2)
    assert until(lambda: _peek(visitor, b, first)["state"] == "completed")
    redis_server.restart()  # no persistence: its data is gone, the consumers must start afresh
    visitor = Visitor()

    def attempt():
        try:
            visitor.page(b, "/board")
            job_id = _put(visitor, b, "after", 2)
            return until(lambda: _peek(visitor, a, job_id)["state"] == "completed", timeout=10)
        except AssertionError:
            return None

    assert until(attempt, timeout=30, every=0.5)
    assert "Traceback" not in a.output() + b.output()


def test_a_full_queue_is_full_on_every_host(spawn):
    # maxsize 2 bounds the jobs no worker has taken, summed over hosts (as for a local queue)
    a, b = spawn("A", SCALE_MAXSIZE="2"), spawn("B", SCALE_MAXSIZE="2")
    visitor = Visitor()
    visitor.page(a, "/board")
    running = [_put(visitor, a, f"run{i}", 150) for i in range(4)]  # 2 workers per host, 15 s each
    until(lambda: sum(_peek(visitor, a, j)["state"] == "running" for j in running) == 4)
    waiting = [_put(visitor, b, "wait0", 1), _put(visitor, a, "wait1", 1)]
    for host in (a, b):
        status, answer = visitor.action(host, "/board", "put", {"label": "one too many", "steps": 1})
        assert status == 200, answer
        refused = answer["value"]
        assert refused["accepted"] is False
        assert refused["message"] == "Queue 'work' is full (2 waiting); try again later"
    assert all(_peek(visitor, b, j)["state"] == "queued" for j in waiting)
    # a refused job leaves no record behind; room appears once a worker takes a waiting job
    visitor.action(a, "/board", "cancel", {"job_id": running[0]})
    until(lambda: _peek(visitor, b, waiting[0])["state"] != "queued"
          or _peek(visitor, b, waiting[1])["state"] != "queued")
    assert _put(visitor, b, "room again", 1)


def _consumers(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        return {c["name"]: c["pending"] for c in client.xinfo_consumers("sprag:jobs:work:stream", "workers")}
    finally:
        client.close()


def test_consumer_names_of_stopped_and_dead_hosts_do_not_pile_up(spawn, redis_url):
    visitor = Visitor()
    a = spawn("A")
    visitor.page(a, "/board")
    first = _put(visitor, a, "on A", 1)
    until(lambda: _peek(visitor, a, first)["state"] == "completed")
    (a_name,) = _consumers(redis_url)
    b = spawn("B")
    a.stop()  # a graceful stop leaves the group
    assert a_name not in _consumers(redis_url)
    second = _put(visitor, b, "on B", 1)
    until(lambda: _peek(visitor, b, second)["state"] == "completed")
    (b_name,) = _consumers(redis_url)
    b.kill()  # no goodbye: the others delete it once idle 5 visibility timeouts (10 s here)
    c = spawn("C")
    third = _put(visitor, c, "on C", 1)
    until(lambda: _peek(visitor, c, third)["state"] == "completed")
    assert b_name in _consumers(redis_url)
    left = until(lambda: (lambda names: names if b_name not in names else None)(_consumers(redis_url)),
                 timeout=30, every=0.5)
    assert len(left) == 1 and b_name not in left  # C's own consumer stays


def test_a_job_whose_workers_are_lost_max_attempts_times_fails_as_worker_lost(spawn):
    a = spawn("A", SCALE_ATTEMPTS="1")
    visitor = Visitor()
    visitor.page(a, "/board")
    job_id = _put(visitor, a, "doomed", 150)
    until(lambda: _peek(visitor, a, job_id)["state"] == "running")
    a.kill()  # its only attempt is lost with the host
    b = spawn("B", SCALE_ATTEMPTS="1")
    done = until(lambda: (lambda r: r if r["state"] in ("completed", "failed") else None)(
        _peek(visitor, b, job_id)), timeout=30)
    assert done["state"] == "failed" and done["error"] == "worker lost", done
    assert "its worker was lost on each of its 1 attempt(s)" in b.output()
