"""The backend protocols and their in-memory defaults."""

from __future__ import annotations

import pytest

from sprag.backends import (
    Backends,
    EventFanout,
    InMemoryFanout,
    InMemoryJobStore,
    InMemoryReplayLog,
    InMemorySessionStore,
    InProcessSocketQueue,
    ReplayLog,
    SessionPolicy,
    SessionStore,
    SocketMessageQueue,
    UrlSocketQueue,
)


def test_defaults_implement_their_protocols():
    backends = Backends()
    assert isinstance(backends.sessions, SessionStore) and isinstance(backends.fanout, EventFanout)
    assert isinstance(backends.socket_queue, SocketMessageQueue) and backends.socket_queue.url is None
    assert isinstance(backends.jobs, InMemoryJobStore) and isinstance(backends.replay, ReplayLog)


def test_a_backend_missing_methods_is_refused_by_name():
    class Half:
        def publish(self, channel, event):
            pass

    with pytest.raises(TypeError, match="fanout=.*EventFanout"):
        Backends(fanout=Half())


def test_session_store_rotate_keeps_data_with_a_new_id_and_token():
    store = InMemorySessionStore()
    session = store.create()
    session.data["cart"] = [1]
    fresh = store.rotate(session)
    assert fresh.id != session.id and fresh.csrf_token != session.csrf_token
    assert fresh.data["cart"] == [1]
    assert store.load(session.id, SessionPolicy()) is None
    assert store.load(fresh.id, SessionPolicy()) is fresh


def test_fanout_delivers_to_subscribers_until_they_unsubscribe():
    fanout = InMemoryFanout()
    got = []
    stop = fanout.subscribe("news", lambda channel, event: got.append((channel, event)))
    fanout.subscribe("news", lambda channel, event: 1 / 0)  # a failing subscriber is logged only
    fanout.publish("news", {"n": 1})
    fanout.publish("other", {"n": 2})
    stop()
    fanout.publish("news", {"n": 3})
    assert got == [("news", {"n": 1})]


def test_replay_log_returns_what_came_after_an_id_and_keeps_the_last_n():
    log = InMemoryReplayLog(max_len=3)
    ids = [log.append("s", {"n": n}) for n in range(5)]
    assert [e["n"] for _, e in log.since("s", None)] == [2, 3, 4]
    assert [e["n"] for _, e in log.since("s", ids[3])] == [4]
    assert log.since("s", ids[4]) == [] and log.since("empty", None) == []
    with pytest.raises(ValueError):
        InMemoryReplayLog(max_len=0)


def test_socket_queue_urls_are_checked():
    assert InProcessSocketQueue().url is None
    assert UrlSocketQueue("redis://localhost:6379/0").url.startswith("redis://")
    with pytest.raises(ValueError, match="redis://"):
        UrlSocketQueue("localhost")


def test_app_uses_the_given_backends(load_project):
    from sprag import App

    loaded = load_project("basic")
    store = InMemorySessionStore()
    app = App(project_dir=loaded.project_dir, backends=Backends(sessions=store))
    try:
        assert app.session_store is store
        from conftest import ActionClient

        lab = ActionClient(app.flask.test_client(), "/lab")
        assert len(store) == 0  # a page view stores nothing
        assert lab.call("remember", {"note": "hi"}).status_code == 200
        assert len(store) == 1
        with pytest.raises(TypeError, match="Backends\\(sessions=...\\)"):
            App(project_dir=loaded.project_dir, backends=Backends(), session_store=store)
    finally:
        app.stop()
