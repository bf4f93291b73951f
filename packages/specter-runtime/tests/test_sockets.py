from __future__ import annotations

import pytest
from flask import Flask, request
from flask_socketio import SocketIO

from specter import Handler, HTTPError, SocketIngress


@pytest.fixture
def server():
    app = Flask(__name__)
    socketio = SocketIO(app)
    return app, socketio


def ack_of(client, event, data=None, namespace=None):
    """The ack value; Socket.IO acks a None result with no arguments (the client gives [])."""
    ack = client.emit(event, data, callback=True, namespace=namespace)
    return None if ack == [] else ack


def test_listeners_run_by_priority_then_insertion_and_ack_is_last_non_none(server):
    app, socketio = server
    ingress = SocketIngress.for_socketio(socketio)
    calls = []
    ingress.on("ping", lambda d: calls.append("p100-a") or "a", priority=100)
    ingress.on("ping", lambda d: calls.append("p10") or "first", priority=10)
    ingress.on("ping", lambda d: calls.append("p100-b"), priority=100)
    ingress.on("ping", lambda d: calls.append("p50") or {"n": d["n"] + 1}, priority=50)
    client = socketio.test_client(app)
    ack = ack_of(client, "ping", {"n": 1})
    assert calls == ["p10", "p50", "p100-a", "p100-b"]
    assert ack == "a"


def test_ack_is_none_when_every_listener_returns_none(server):
    app, socketio = server
    ingress = SocketIngress.for_socketio(socketio)
    ingress.on("quiet", lambda d: None)
    client = socketio.test_client(app)
    assert ack_of(client, "quiet", {}) is None


def test_failing_listener_is_isolated(server):
    app, socketio = server
    ingress = SocketIngress.for_socketio(socketio)
    ingress.on("e", lambda d: 1 / 0, priority=1)
    ingress.on("e", lambda d: "survived", priority=2)
    client = socketio.test_client(app)
    assert ack_of(client, "e", {}) == "survived"


def test_http_error_in_listener_acks_the_envelope_and_stops(server):
    app, socketio = server
    ingress = SocketIngress.for_socketio(socketio)
    later = []

    def deny(data):
        raise HTTPError("not allowed", 403, {"reason": "role"})

    ingress.on("e", deny, priority=1)
    ingress.on("e", later.append, priority=2)
    client = socketio.test_client(app)
    assert ack_of(client, "e", {}) == {"ok": False, "error": "not allowed", "status": 403,
                                       "reason": "role"}
    assert later == []


def test_removed_listener_no_longer_runs(server):
    app, socketio = server
    ingress = SocketIngress.for_socketio(socketio)
    remove = ingress.on("e", lambda d: "gone")
    remove()
    client = socketio.test_client(app)
    assert ack_of(client, "e", {}) is None


def test_for_socketio_shares_one_ingress_per_namespace(server):
    _, socketio = server
    assert SocketIngress.for_socketio(socketio) is SocketIngress.for_socketio(socketio, "/")
    assert SocketIngress.for_socketio(socketio, "/chat") is not SocketIngress.for_socketio(socketio)


def test_listener_reads_flask_request_sid(server):
    app, socketio = server
    SocketIngress.for_socketio(socketio).on("whoami", lambda d: request.sid)
    client = socketio.test_client(app)
    sid = ack_of(client, "whoami", {})
    assert isinstance(sid, str) and sid


class ChatHandler(Handler):
    events = {"chat:send": "on_send", "chat:audit": "on_audit"}
    event_priorities = {"chat:audit": 1}

    def on_start(self):
        self.messages = []
        self.on("chat:send", self.on_send_late, priority=200)

    def on_send(self, data):
        self.messages.append(data["text"])
        return {"ok": True, "count": len(self.messages)}

    def on_send_late(self, data):
        return None  # keeps the earlier ack

    def on_audit(self, data):
        return "audited"


def test_handler_class_events_and_priorities(server):
    app, socketio = server
    handler = ChatHandler("chat").bind(socketio).start()
    client = socketio.test_client(app)
    assert ack_of(client, "chat:send", {"text": "hi"}) == {"ok": True, "count": 1}
    assert ack_of(client, "chat:audit", {}) == "audited"
    handler.stop()
    assert ack_of(client, "chat:send", {"text": "again"}) is None
    assert handler.messages == ["hi"]


def test_handler_on_a_namespace(server):
    app, socketio = server

    class Room(Handler):
        namespace = "/room"
        events = {"join": "on_join"}

        def on_join(self, data):
            return f"joined {data['room']}"

    handler = Room("room").bind(socketio).start()
    client = socketio.test_client(app, namespace="/room")
    assert ack_of(client, "join", {"room": "r1"}, namespace="/room") == "joined r1"
    handler.stop()


def test_handler_connect_event_receives_auth_when_it_wants_it(server):
    app, socketio = server
    seen = []

    class Conn(Handler):
        events = {"connect": "on_connect"}

        def on_connect(self, auth=None):
            seen.append(auth)

    Conn("conn").bind(socketio).start()
    socketio.test_client(app, auth={"token": "t"})
    assert seen == [{"token": "t"}]


def test_handler_emit_socket_reaches_client(server):
    app, socketio = server
    handler = Handler("push").bind(socketio).start()
    client = socketio.test_client(app)
    handler.emit_socket("news", {"n": 1})
    received = client.get_received()
    assert [(r["name"], r["args"]) for r in received] == [("news", [{"n": 1}])]
    handler.stop()


def test_handler_events_pointing_at_missing_method_fail_clearly(server):
    _, socketio = server

    class Broken(Handler):
        events = {"x": "nope"}

    with pytest.raises(AttributeError, match="maps 'x' to 'nope'"):
        Broken("b").bind(socketio).start()


def test_unbound_handler_fails_with_a_hint():
    class H(Handler):
        events = {"x": "on_x"}

        def on_x(self, d):
            pass

    with pytest.raises(RuntimeError, match="no socket ingress"):
        H("h").start()
