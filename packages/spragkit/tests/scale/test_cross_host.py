"""Two `sprag serve` processes ("hosts" A and B) sharing one real redis-server: what one
host does, the other sees (no sticky sessions)."""

from __future__ import annotations

import pytest

from .hosts import Visitor, start_hosts, until


@pytest.fixture(scope="module")
def hosts(redis_server, tmp_path_factory):
    pytest.importorskip("redis")
    started = start_hosts(["A", "B"], redis_server.url, tmp_path_factory.mktemp("hosts"))
    yield started
    for host in started:
        host.stop()


def _login_flow(a, b):
    visitor = Visitor()
    assert visitor.page(a, "/login")[0] == 200
    status, answer = visitor.action(a, "/login", "login", {"username": "ada", "password": "correct horse"})
    assert status == 200 and answer["ok"], answer
    # the session made on A is the session on B: signed in, and its data is there
    status, html = visitor.page(b, "/login")
    assert status == 200 and "user=Ada" in html
    assert visitor.action(b, "/login", "note")[1]["value"]["visits"] == 1
    assert visitor.action(a, "/login", "note")[1]["value"]["visits"] == 2
    assert visitor.action(b, "/login", "whoami")[1]["value"] == {"user": "Ada", "visits": 2}
    return visitor


def test_a_session_and_login_made_on_a_work_on_b(hosts):
    _login_flow(*hosts)


def test_a_csrf_token_from_a_is_accepted_by_b_and_a_forged_one_is_not(hosts):
    a, b = hosts
    visitor = Visitor()
    visitor.page(a, "/login")
    token = visitor.token
    status, answer = visitor.action(b, "/login", "note", token=token)
    assert status == 200 and answer["value"]["visits"] == 1
    assert visitor.action(b, "/login", "note", token=token[:-2] + "xx")[0] == 403


def test_login_throttle_counts_failures_on_every_host(hosts):
    a, b = hosts
    visitor = Visitor()
    visitor.page(a, "/login")
    statuses = [visitor.action(hosts[i % 2], "/login", "login", {"username": "ada", "password": "wrong"})[0]
                for i in range(6)]
    # 5 failures allowed in all (counted together across A and B), the 6th is throttled
    assert statuses == [401] * 5 + [429]


def test_after_a_redis_restart_everything_still_works(hosts, redis_server):
    a, b = hosts
    redis_server.restart()
    # sessions were in the restarted Redis (no persistence): the visitor signs in again
    visitor = until(lambda: _try(lambda: _login_flow(a, b)), timeout=20, every=0.5)
    assert visitor
    for host in hosts:
        assert "Traceback" not in host.output()


def _try(fn):
    try:
        return fn()
    except AssertionError:
        return None


def test_pages_keep_rendering_while_redis_is_down_and_a_warning_is_logged(hosts, redis_server):
    a, b = hosts
    visitor = Visitor()
    redis_server.stop()
    try:
        for host in hosts:
            status, html = visitor.page(host, "/login")
            assert status == 200 and "user=None" in html  # anonymous while sessions are unreachable
            # a page that makes a session renders too, and hands out no cookie of a session
            # it could not store (a signed-in visitor keeps theirs)
            assert visitor.page(host, "/live")[0] == 200
            assert "sprag_sid" not in {c.name for c in visitor.jar}
        assert until(lambda: all("is unreachable" in h.output() for h in hosts), timeout=10)
    finally:
        redis_server.start()
    _login = until(lambda: _try(lambda: _login_flow(a, b)), timeout=20, every=0.5)
    assert _login
