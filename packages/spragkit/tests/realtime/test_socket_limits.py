"""The socket bridge against a real server process, with a raw Socket.IO client: the
handshake guard, controller handlers (request bound, ack), and every limit with its ack."""

from __future__ import annotations

import pytest
from rtserver import RealtimeServer
from sioclient import SioClient, page_session


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = RealtimeServer(tmp_path_factory.mktemp("rt") / "sessions.json").start()
    yield srv
    srv.stop()


@pytest.fixture
def sio(server):
    cookie, csrf = page_session(server.port)
    client = SioClient(server.port, cookie=cookie, csrf=csrf, client="tab-1")
    assert client.connected, client.refusal
    yield client
    client.close()


def test_a_handler_runs_with_the_sockets_session_client_and_path(sio):
    me = sio.emit("chat:whoami", {})
    assert me["client_id"] == "tab-1" and me["path"] == "/chat" and me["session_id"]


def test_the_handlers_return_value_is_the_ack(sio):
    assert sio.emit("chat:message", {"text": "hi"}) == {"ok": True, "echo": "hi"}


def test_a_handshake_without_the_csrf_token_is_refused(server):
    cookie, _ = page_session(server.port)
    client = SioClient(server.port, cookie=cookie, csrf="forged")
    assert not client.connected
    assert "CSRF" in client.refusal
    client.close()


def test_a_handshake_without_a_session_is_refused(server):
    client = SioClient(server.port, csrf="anything")
    assert not client.connected and "CSRF" in client.refusal
    client.close()


def test_a_cross_site_handshake_is_refused(server):
    cookie, csrf = page_session(server.port)
    with pytest.raises(ConnectionError) as info:
        SioClient(server.port, cookie=cookie, csrf=csrf, origin="http://evil.example")
    assert "400" in str(info.value).split("\r\n")[0]


def test_an_event_over_the_size_limit_gets_an_error_ack_and_the_connection_stays(sio):
    ack = sio.emit("chat:message", {"text": "x" * (64 * 1024)})
    assert ack["ok"] is False and "limit is 65536" in ack["error"]
    assert sio.emit("chat:message", {"text": "still here"})["echo"] == "still here"


def test_an_unknown_event_gets_an_error_ack_naming_the_known_ones(sio):
    ack = sio.emit("chat:nope", {})
    assert ack["ok"] is False and "unknown socket event 'chat:nope'" in ack["error"]
    assert "chat:message" in ack["error"]


def test_a_raising_handler_gets_an_error_ack_without_a_traceback(sio):
    ack = sio.emit("chat:boom", {})
    assert ack == {"ok": False, "error": "the handler of 'chat:boom' failed on the server"}
    assert "secret internal detail" not in str(ack)
    assert sio.emit("chat:message", {"text": "ok"})["ok"] is True


def test_an_http_error_in_a_handler_is_its_envelope(sio):
    assert sio.emit("chat:deny", {}) == {"ok": False, "error": "not yours", "status": 403}


def test_topics_join_and_leave_with_acks(sio):
    assert sio.emit("sprag:join", {"topic": "room:alpha"}) == {"ok": True, "topic": "room:alpha"}
    assert sio.emit("sprag:leave", {"topic": "room:alpha"}) == {"ok": True, "topic": "room:alpha"}


def test_authorize_topic_can_refuse_a_join(sio):
    ack = sio.emit("sprag:join", {"topic": "secret:plans"})
    assert ack["ok"] is False and "refused by ChatController.authorize_topic" in ack["error"]


def test_a_malformed_join_is_refused_with_a_hint(sio):
    ack = sio.emit("sprag:join", {"room": "x"})
    assert ack["ok"] is False and '{"topic": "room:alpha"}' in ack["error"]
    assert sio.emit("sprag:join", {"topic": "t" * 201})["ok"] is False


def test_more_topics_than_the_limit_are_refused(sio):
    for n in range(32):
        assert sio.emit("sprag:join", {"topic": f"t:{n}"})["ok"] is True
    ack = sio.emit("sprag:join", {"topic": "t:32"})
    assert ack["ok"] is False and "at most 32 topics" in ack["error"]
    assert sio.emit("sprag:leave", {"topic": "t:0"})["ok"] is True
    assert sio.emit("sprag:join", {"topic": "t:32"})["ok"] is True


def test_an_event_that_is_not_json_array_shaped_does_not_drop_the_connection(sio):
    sio.ws.send('42["chat:message"')  # broken packet: the server ignores it
    assert sio.emit("chat:message", {"text": "after"})["echo"] == "after"


def test_topic_emits_reach_only_joined_clients(server, sio):
    cookie, csrf = page_session(server.port)
    other = SioClient(server.port, cookie=cookie, csrf=csrf, client="tab-2")
    assert sio.emit("sprag:join", {"topic": "room:alpha"})["ok"]
    import urllib.request

    urllib.request.urlopen(f"{server.url}/kick/5/", timeout=30).read()
    # events are ordered per connection: the ack of a later emit comes after the notice
    sio.emit("chat:whoami", {})
    other.emit("chat:whoami", {})
    assert ("room:notice", {"room": "alpha 5"}) in sio.events
    assert not any(name == "room:notice" for name, _ in other.events)
    other.close()


def test_a_target_given_as_none_reaches_no_one_and_no_target_reaches_everyone(server, sio):
    import urllib.request

    urllib.request.urlopen(f"{server.url}/nobody/", timeout=30).read()
    sio.emit("chat:whoami", {})
    names = [name for name, _ in sio.events]
    assert "everyone" in names and "nobody" not in names


def test_emit_socket_refuses_unknown_targets():
    from sprag.realtime.sockets import SocketBridge

    bridge = SocketBridge(lambda: None, sessions=None, guard=None, auth=None, match_surface=lambda p: None,
                          controller_for=lambda s: None)
    with pytest.raises(TypeError, match="unknown target 'room'"):
        bridge.emit("x", {}, room="a")
    with pytest.raises(ValueError, match="needs an event name"):
        bridge.emit("", {})


def test_big_ints_cross_the_socket_tagged_both_ways(sio):
    """The browser sends a BigInt as {"$i": digits}; the handler gets the exact int, and its
    ack and emits carry ints past 2**53 tagged again (sprag.wire)."""
    big = 1234567890123456789012
    ack = sio.emit("chat:double", {"n": {"$i": str(big)}})
    assert ack == {"n": {"$i": str(2 * big)}, "type": "int", "repr": repr(big)}
    assert ("chat:doubled", {"n": {"$i": str(2 * big)}}) in sio.events
    # safe-range ints stay plain numbers
    assert sio.emit("chat:double", {"n": 21}) == {"n": 42, "type": "int", "repr": "21"}


def test_a_malformed_tag_in_a_socket_event_gets_an_error_ack(sio):
    ack = sio.emit("chat:double", {"n": {"$i": "12e3"}})
    assert ack["ok"] is False and "is not an int" in ack["error"] and "chat:double" in ack["error"]
    assert sio.emit("chat:message", {"text": "still here"})["echo"] == "still here"
