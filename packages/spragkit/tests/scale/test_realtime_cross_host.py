"""Realtime across two `sprag serve` hosts on one real redis-server: a socket event emitted
on A reaches a socket on B (Flask-SocketIO's Redis queue), an SSE broadcast from B reaches a
stream on A and resumes on the other host with Last-Event-ID (the replay log is a Redis
Stream), a live store changed on A shows on B; all of it again after Redis restarts."""

from __future__ import annotations

import http.client
import json
import socket
import sys
import time
from pathlib import Path

import pytest

from .hosts import Visitor, start_hosts, until

sys.path.insert(0, str(Path(__file__).parent.parent / "realtime"))

from sioclient import SioClient, page_session  # noqa: E402


@pytest.fixture(scope="module")
def hosts(redis_server, tmp_path_factory):
    started = start_hosts(["A", "B"], redis_server.url, tmp_path_factory.mktemp("rt-hosts"))
    yield started
    for host in started:
        host.stop()


class Stream:
    """An SSE client of /__sprag__/events."""

    def __init__(self, host, last_id=None):
        self.conn = http.client.HTTPConnection("127.0.0.1", host.port, timeout=10)
        headers = {"Last-Event-ID": last_id} if last_id else {}
        self.conn.request("GET", "/__sprag__/events", headers=headers)
        self.response = self.conn.getresponse()
        assert self.response.status == 200

    def frame(self):
        event_id, data = None, None
        while True:
            line = self.response.readline().decode().rstrip("\n")
            if line.startswith("id: "):
                event_id = line[4:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
            elif line == "" and data is not None:
                return event_id, data

    def next_event(self, name):
        while True:
            event_id, data = self.frame()
            if data["event"] == name:
                return event_id, data["payload"]

    def close(self):
        self.conn.close()


def wait_event(client, name, timeout=10.0):
    """The payload of the next socket event ``name`` (answering pings meanwhile)."""
    for seen, payload in client.events:
        if seen == name:
            client.events.remove((seen, payload))
            return payload
    client.ws.sock.settimeout(timeout)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = client._next_socketio()
        if message.startswith("2"):
            seen, *args = json.loads(message[1:])
            if seen == name:
                return args[0] if args else None
    raise AssertionError(f"no {name} event in {timeout} s")


def _socket_on(host, topic="room:alpha"):
    cookie, csrf = page_session(host.port, "/live")
    client = SioClient(host.port, cookie=cookie, csrf=csrf, path="/live", client=f"py-{host.name}")
    assert client.connected, client.refusal
    assert client.emit("sprag:join", {"topic": topic}) == {"ok": True, "topic": topic}
    return client


def _socket_event_a_to_b(a, b, n):
    client = _socket_on(b)
    try:
        assert client.emit("live:hello") == {"host": "B"}
        time.sleep(0.2)
        visitor = Visitor()
        visitor.page(a, "/live")
        assert visitor.action(a, "/live", "shout", {"topic": "room:alpha", "n": n})[0] == 200
        assert wait_event(client, "room:shout") == {"n": n, "from": "A"}
    finally:
        client.close()


def _sse_b_to_a_and_resume_on_b(a, b, n):
    stream = Stream(a)
    try:
        time.sleep(0.2)
        visitor = Visitor()
        visitor.page(b, "/live")
        visitor.action(b, "/live", "announce", {"n": n})
        first_id, payload = stream.next_event("news")
        assert payload == {"n": n, "from": "B"}
    finally:
        stream.close()
    # the browser lost A; two more events go out while it reconnects to B
    visitor.action(b, "/live", "announce", {"n": n + 1})
    visitor.action(a, "/live", "announce", {"n": n + 2})
    resumed = Stream(b, last_id=first_id)
    try:
        assert resumed.next_event("news")[1] == {"n": n + 1, "from": "B"}
        assert resumed.next_event("news")[1] == {"n": n + 2, "from": "A"}
    finally:
        resumed.close()


def _live_store_a_to_b(a, b):
    stream = Stream(b)
    try:
        time.sleep(0.2)
        visitor = Visitor()
        visitor.page(a, "/live")
        before = visitor.action(b, "/live", "count")[1]["value"]
        assert visitor.action(a, "/live", "bump")[1]["value"] == before + 1
        _id, change = stream.next_event("sprag:store")
        assert change == {"name": "tally", "state": {"count": before + 1}}
        assert until(lambda: visitor.action(b, "/live", "count")[1]["value"] == before + 1)
        assert f"count={before + 1}" in visitor.page(b, "/live")[1]
    finally:
        stream.close()


def test_emit_socket_on_a_reaches_a_socket_connected_to_b(hosts):
    _socket_event_a_to_b(*hosts, 1)


def test_a_session_targeted_socket_event_crosses_hosts(hosts):
    a, b = hosts
    cookie, csrf = page_session(b.port, "/live")
    client = SioClient(b.port, cookie=cookie, csrf=csrf, path="/live")
    try:
        assert client.connected
        visitor = Visitor()
        visitor.jar.set_cookie(_cookie(cookie))
        visitor.page(a, "/live")
        assert visitor.action(a, "/live", "poke", {"n": 7})[0] == 200
        assert wait_event(client, "me:poke") == {"n": 7}
    finally:
        client.close()


def test_a_tab_signed_in_on_a_gets_its_new_sessions_events_on_a_socket_to_b(hosts):
    a, b = hosts
    cookie, csrf = page_session(b.port, "/live")
    client = SioClient(b.port, cookie=cookie, csrf=csrf, path="/live", client="tab-moved")
    try:
        assert client.connected
        visitor = Visitor()
        visitor.jar.set_cookie(_cookie(cookie))
        visitor.page(a, "/login")
        status, answer = visitor.action(a, "/login", "login", {"username": "ada", "password": "correct horse"},
                                        client="tab-moved")
        assert status == 200, answer
        assert cookie.split(";")[0] not in "; ".join(f"{c.name}={c.value}" for c in visitor.jar)  # rotated
        visitor.page(a, "/live")

        def poked():
            assert visitor.action(a, "/live", "poke", {"n": 8})[0] == 200
            try:
                return wait_event(client, "me:poke", timeout=1.0)
            except (AssertionError, OSError):  # no event within the second
                return None

        assert until(poked, timeout=10) == {"n": 8}  # B moved the socket to the new session's room
    finally:
        client.close()


def _cookie(header):
    import http.cookiejar

    name, _, value = header.split(";")[0].partition("=")
    return http.cookiejar.Cookie(0, name, value, None, False, "127.0.0.1", False, False, "/", True,
                                 False, None, False, None, None, {})


def test_an_sse_broadcast_from_b_reaches_a_and_resumes_on_b(hosts):
    _sse_b_to_a_and_resume_on_b(*hosts, 10)


def test_a_live_store_change_on_a_shows_on_b(hosts):
    _live_store_a_to_b(*hosts)


def test_everything_works_after_redis_restarts(hosts, redis_server):
    a, b = hosts
    open_stream = Stream(a)  # a stream open across the restart recovers by itself
    redis_server.restart()
    try:
        until(lambda: _ok(lambda: _socket_event_a_to_b(a, b, 2)), timeout=30, every=0.5)
        visitor = Visitor()
        visitor.page(b, "/live")
        visitor.action(b, "/live", "announce", {"n": 99})
        assert open_stream.next_event("news")[1] == {"n": 99, "from": "B"}
    finally:
        open_stream.close()
    _sse_b_to_a_and_resume_on_b(a, b, 20)
    _live_store_a_to_b(a, b)
    for host in hosts:
        log = host.output()
        assert "is unreachable" in log and "reachable again" in log, log
        assert "Traceback" not in log, log


def _ok(fn):
    try:
        fn()
        return True
    except (AssertionError, OSError, socket.timeout, ConnectionError):
        return False


def test_a_host_started_after_a_live_store_change_renders_the_changed_state(hosts, redis_server, tmp_path):
    from .hosts import PROJECTS, Host

    a, _b = hosts
    visitor = Visitor()
    visitor.page(a, "/live")
    count = visitor.action(a, "/live", "bump")[1]["value"]
    late = Host("C", PROJECTS / "scale", redis_server.url, tmp_path)
    try:
        late.wait_ready("/live")
        assert until(lambda: visitor.action(late, "/live", "count")[1]["value"] == count)
        assert f"count={count}" in visitor.page(late, "/live")[1]
    finally:
        late.stop()
