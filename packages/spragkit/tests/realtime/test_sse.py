"""The SSE broadcast stream: headers, retry hint, ids, Last-Event-ID resume from the replay
log, heartbeats, the guard; against a real server process and in-process."""

from __future__ import annotations

import http.client
import json
import urllib.request

import pytest
from rtserver import RealtimeServer

from sprag.realtime import EventStream


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = RealtimeServer(tmp_path_factory.mktemp("rt") / "sessions.json").start()
    yield srv
    srv.stop()


class Stream:
    def __init__(self, port, headers=None, query=""):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        self.conn.request("GET", "/__sprag__/events" + query, headers=headers or {})
        self.response = self.conn.getresponse()

    def frame(self):
        """The next event as (id, data dict), skipping comments and the retry hint."""
        event_id, data = None, None
        while True:
            line = self.response.readline().decode().rstrip("\n")
            if line.startswith("id: "):
                event_id = line[4:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
            elif line == "" and data is not None:
                return event_id, data

    def close(self):
        self.conn.close()


def kick(server, n):
    urllib.request.urlopen(f"{server.url}/kick/{n}/", timeout=30).read()


def test_the_stream_has_anti_buffering_headers_and_a_retry_hint(server):
    stream = Stream(server.port)
    headers = stream.response.headers
    assert headers.get_content_type() == "text/event-stream"
    assert "no-cache" in headers["Cache-Control"] and "no-transform" in headers["Cache-Control"]
    assert headers["X-Accel-Buffering"] == "no"
    assert stream.response.readline() == b"retry: 2000\n"
    stream.close()


def test_a_broadcast_arrives_with_an_id(server):
    stream = Stream(server.port)
    kick(server, 1)
    event_id, data = stream.frame()
    assert data == {"event": "log", "payload": "kick 1"}
    epoch, seq = event_id.split(".")
    assert epoch and seq.isdigit()
    stream.close()


def test_last_event_id_resumes_with_exactly_the_missed_events(server):
    stream = Stream(server.port)
    kick(server, 10)
    last_id, _ = stream.frame()
    stream.close()
    kick(server, 11)
    kick(server, 12)
    resumed = Stream(server.port, headers={"Last-Event-ID": last_id})
    assert [resumed.frame()[1]["payload"] for _ in range(2)] == ["kick 11", "kick 12"]
    kick(server, 13)
    assert resumed.frame()[1]["payload"] == "kick 13"
    resumed.close()


def test_the_query_parameter_resumes_too(server):
    stream = Stream(server.port)
    kick(server, 20)
    last_id, _ = stream.frame()
    stream.close()
    kick(server, 21)
    resumed = Stream(server.port, query=f"?last_event_id={last_id}")
    assert resumed.frame()[1]["payload"] == "kick 21"
    resumed.close()


def test_an_id_from_an_earlier_server_replays_what_the_log_kept(server):
    kick(server, 30)
    resumed = Stream(server.port, headers={"Last-Event-ID": "0.5"})
    payloads = [resumed.frame()[1]["payload"]]
    assert payloads[0].startswith("kick")
    resumed.close()


def test_a_cross_site_stream_is_refused(server):
    stream = Stream(server.port, headers={"Sec-Fetch-Site": "cross-site"})
    assert stream.response.status == 403
    stream.close()


def test_heartbeats_keep_an_idle_stream_alive():
    from flask import Flask

    app = Flask(__name__)
    events = EventStream(heartbeat=0.05, retry_ms=500)
    app.add_url_rule("/events", "events", lambda: events.response())
    response = app.test_client().get("/events", buffered=False)
    chunks = iter(response.response)
    assert next(chunks).startswith(b"retry: 500\n")
    assert [next(chunks) for _ in range(2)] == [b": ping\n\n", b": ping\n\n"]
    events.publish("x", {"a": 1.0})
    frame = next(chunks).decode()
    assert frame.startswith(f"id: {events.epoch}.1\n") and '"payload":{"a":{"$f":1.0}}' in frame
    response.close()
    assert events.client_count == 0


def test_a_client_too_far_behind_is_cut_loose_and_resumes_from_the_log():
    from flask import Flask

    app = Flask(__name__)
    events = EventStream(heartbeat=5, queue_size=2)
    app.add_url_rule("/events", "events", lambda: events.response())
    response = app.test_client().get("/events", buffered=False)
    for n in range(5):
        events.publish("x", n)
    assert events.client_count == 0  # dropped: its queue overflowed
    response.close()
    resumed = app.test_client().get("/events", headers={"Last-Event-ID": f"{events.epoch}.2"},
                                    buffered=False)
    assert next(resumed.response).startswith(b"retry:")
    frames = [next(resumed.response) for _ in range(3)]
    assert [json.loads(f.decode().split("data: ")[1])["payload"] for f in frames] == [2, 3, 4]
    resumed.close()


def test_publish_refuses_data_that_is_not_json():
    with pytest.raises(TypeError, match="JSON"):
        EventStream().publish("x", object())


def test_a_big_int_in_a_broadcast_is_tagged_and_a_small_one_stays_a_number():
    from flask import Flask

    app = Flask(__name__)
    events = EventStream(heartbeat=5)
    app.add_url_rule("/events", "events", lambda: events.response())
    response = app.test_client().get("/events", buffered=False)
    chunks = iter(response.response)
    assert next(chunks).startswith(b"retry:")
    events.publish("sprag:store", {"name": "ids", "state": {"last": 1234567890123456789012, "n": 7}})
    frame = next(chunks).decode()
    assert '"state":{"last":{"$i":"1234567890123456789012"},"n":7}' in frame
    response.close()
