"""The Redis backends against a real redis-server: each protocol as the in-memory default
behaves, shared by two independent connections (two "processes")."""

from __future__ import annotations

import time

import pytest

from sprag.backends import JobRecord, SessionPolicy, UploadRecord


@pytest.fixture
def two(redis_url):
    """Two independent backend sets on the same Redis (as two hosts have)."""
    from sprag.backends.redis import redis_backends

    return redis_backends(redis_url, "t"), redis_backends(redis_url, "t")


def test_sessions_are_shared_and_written_back_when_changed(two):
    a, b = two
    policy = SessionPolicy()
    s = a.sessions.create()
    on_b = b.sessions.load(s.id, policy)
    assert on_b is not None and on_b.csrf_token == s.csrf_token
    on_b.data["cart"] = [1, 2]
    b.sessions.flush(on_b)
    assert a.sessions.load(s.id, policy).data["cart"] == [1, 2]
    rotated = a.sessions.rotate(a.sessions.load(s.id, policy))
    assert b.sessions.load(s.id, policy) is None
    assert b.sessions.load(rotated.id, policy).data["cart"] == [1, 2]
    b.sessions.delete(rotated.id)
    assert a.sessions.load(rotated.id, policy) is None


def test_an_expired_session_is_gone(two):
    a, b = two
    s = a.sessions.create()
    s.created -= 100
    a.sessions.save(s)
    assert b.sessions.load(s.id, SessionPolicy(absolute_ttl_seconds=50)) is None


def test_login_throttle_counts_across_hosts(two):
    a, b = two
    a.attempts.record("account:ada", 60)
    b.attempts.record("account:ada", 60)
    count, retry = a.attempts.failures("account:ada", 60)
    assert count == 2 and 58 < retry <= 60
    b.attempts.clear("account:ada")
    assert a.attempts.failures("account:ada", 60) == (0, 0.0)


def test_replay_log_ids_resume_on_another_connection(two):
    a, b = two
    first = a.replay.append("broadcast", {"event": "x", "payload": 1})
    second = b.replay.append("broadcast", {"event": "y", "payload": 2})
    assert [e["event"] for _, e in a.replay.since("broadcast", None)] == ["x", "y"]
    assert b.replay.since("broadcast", first) == [(second, {"event": "y", "payload": 2})]
    assert a.replay.wait("broadcast", second, 0.05) == []
    third = a.replay.append("broadcast", {"event": "z", "payload": None})
    assert b.replay.wait("broadcast", second, 1.0) == [(third, {"event": "z", "payload": None})]


def test_fanout_reaches_a_subscriber_of_another_connection(two):
    import gevent

    a, b = two
    got = []
    unsubscribe = b.fanout.subscribe("stores", lambda channel, event: got.append((channel, event)))
    deadline = time.time() + 5
    while not got and time.time() < deadline:
        a.fanout.publish("stores", {"n": 1})
        gevent.sleep(0.1)
    assert got and got[0] == ("stores", {"n": 1})
    unsubscribe()
    b.fanout.close()


def test_job_records_shared_with_optimistic_updates(two):
    a, b = two
    job = JobRecord(id="j1", queue="q", created=time.time())
    assert a.jobs.add(job) is True
    assert b.jobs.add(job) is False
    assert [j.id for j in b.jobs.active("q")] == ["j1"]
    b.jobs.update("q", "j1", {"state": "running", "progress": {"current": 1, "total": 2, "percent": 50.0,
                                                                  "message": None}})
    done = a.jobs.update("q", "j1", {"state": "completed", "result": [], "finished": time.time()})
    assert done.state == "completed" and done.result == [] and done.progress["percent"] == 50.0
    assert b.jobs.active("q") == []
    assert b.jobs.get("q", "j1").result == []
    with pytest.raises(ValueError, match="unknown job record field"):
        a.jobs.update("q", "j1", {"nope": 1})


def test_upload_offsets_compare_and_set_across_hosts(two):
    a, b = two
    now = time.time()
    record = UploadRecord("u1", "sid", "/up", "save", "file", "a.bin", "application/octet-stream",
                          100, "/tmp/u1.part", 0, now, now)
    a.uploads.create(record)
    assert b.uploads.get("u1") == record
    assert b.uploads.advance("u1", 0, 40) is True
    assert a.uploads.advance("u1", 0, 80) is False  # someone else moved it
    assert a.uploads.get("u1").offset == 40
    assert [r.id for r in b.uploads.expired(time.time() + 1)] == ["u1"]
    assert a.uploads.delete("u1").offset == 40 and b.uploads.get("u1") is None


def test_unreachable_redis_is_a_clear_error_naming_the_url():
    pytest.importorskip("redis", reason="the redis client is not installed (pip install 'spragkit[redis]')")
    from sprag.backends.redis import RedisUnavailable, redis_backends

    from .redisproc import free_port

    url = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    with pytest.raises(RedisUnavailable) as info:
        redis_backends(url)
    text = str(info.value)
    assert "cannot reach Redis at redis://:***@127.0.0.1" in text and "hunter2" not in text
    assert "SPRAG_REDIS_URL" in text


def test_keys_are_namespaced_by_prefix(redis_url):
    import redis

    from sprag.backends.redis import redis_backends

    one, other = redis_backends(redis_url, "appone"), redis_backends(redis_url, "apptwo")
    s = one.sessions.create()
    assert other.sessions.load(s.id, SessionPolicy()) is None
    keys = redis.Redis.from_url(redis_url, decode_responses=True).keys("*")
    assert keys and all(k.startswith("appone:") for k in keys)


def test_app_config_validates_the_redis_url_and_prefix(monkeypatch):
    from sprag import AppConfig

    with pytest.raises(ValueError, match=r"redis_url='http://x'\) \(or SPRAG_REDIS_URL\) must look like redis://"):
        AppConfig(redis_url="http://x")
    with pytest.raises(ValueError, match="redis_prefix"):
        AppConfig(redis_prefix="two words")
    monkeypatch.setenv("SPRAG_REDIS_URL", "redis://10.0.0.5:6379/0")
    monkeypatch.setenv("SPRAG_REDIS_PREFIX", "shop")
    cfg = AppConfig()
    assert (cfg.redis_url, cfg.redis_prefix) == ("redis://10.0.0.5:6379/0", "shop")


def test_app_with_redis_url_puts_every_backend_in_redis(redis_url, tmp_path):
    from sprag import App
    from sprag.backends.redis import RedisJobStore, RedisReplayLog, RedisSessionStore

    app = App(routes=None, mounts=None, project_dir=tmp_path, redis_url=redis_url, redis_prefix="one")
    assert app.backends.shared and app.backends.redis.prefix == "one"
    assert isinstance(app.backends.sessions, RedisSessionStore)
    assert app.backends.sessions.policy is app.config.session_policy
    assert isinstance(app.backends.jobs, RedisJobStore) and isinstance(app.backends.replay, RedisReplayLog)
    assert app.backends.socket_queue.url == redis_url and app.backends.socket_queue.channel == "one:socketio"


def test_jobs_on_redis_streams_in_one_process_without_monkey_patching(load_project, redis_url, monkeypatch):
    import gevent

    monkeypatch.setenv("SPRAG_REDIS_URL", redis_url)
    monkeypatch.setenv("SCALE_STEP", "0.01")
    app = load_project("scale")
    app.start()
    assert app.jobs.dispatch is not None
    queued = app.jobs.enqueue("work", {"label": "one", "steps": 2}, owner="s1")
    assert queued["accepted"], queued
    job_id = queued["job"]["id"]
    deadline = time.time() + 10
    while app.jobs.get("work", job_id).state != "completed" and time.time() < deadline:
        gevent.sleep(0.05)
    record = app.jobs.get("work", job_id)
    assert record.state == "completed" and record.result["label"] == "one"
    assert app.jobs.enqueue("work", {"bad": object()}, owner="s1")["message"].startswith(
        "The job's payload must be JSON data")
