from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from flask import Flask
from wsclient import ClosedError, WSClient

from specter import Resource, boot

HERE = Path(__file__).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, str(HERE / "resource_server.py"), str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise RuntimeError(proc.stdout.read().decode(errors="replace")) from None
            time.sleep(0.05)
    yield port
    proc.terminate()
    proc.wait(timeout=10)


def get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
        return response.headers.get_content_type(), response.read().decode()


def test_get_returns_the_current_value_as_text(server):
    kind, body = get(server, "/datetime/")
    assert kind == "text/plain"
    assert body.startswith("tick ")


def test_get_passes_url_parameters_and_serialises_json(server):
    kind, body = get(server, "/hello/ada/")
    assert kind == "application/json"
    assert json.loads(body) == {"hello": "ada"}


def test_websocket_streams_updates_on_the_same_url(server):
    ws = WSClient("127.0.0.1", server, "/datetime/")
    try:
        values = [ws.receive() for _ in range(3)]
    finally:
        ws.close()
    numbers = [int(v.split()[1]) for v in values]
    assert numbers == sorted(numbers) and numbers[2] > numbers[0]


def test_websocket_receive_and_send_roundtrip_with_params(server):
    ws = WSClient("127.0.0.1", server, "/hello/bob/")
    try:
        assert ws.receive() == "hello bob"
        ws.send("eve")
        assert ws.receive() == "hello eve"
        ws.send("bye")
        with pytest.raises(ClosedError) as info:
            ws.receive()
        assert info.value.code == 1000
    finally:
        ws.close()


def test_a_raising_handler_closes_with_1011_and_the_server_keeps_serving(server):
    ws = WSClient("127.0.0.1", server, "/hello/x/")
    assert ws.receive() == "hello x"
    ws.send("boom")
    with pytest.raises(ClosedError) as info:
        ws.receive()
    ws.close()
    assert info.value.code == 1011
    assert get(server, "/hello/y/")[1] == '{"hello":"y"}\n'


def test_upgrade_on_a_resource_that_does_not_stream_is_a_clear_400(server):
    with pytest.raises(ConnectionError) as info:
        WSClient("127.0.0.1", server, "/value/")
    assert str(info.value).startswith("HTTP/1.1 400")


def test_rfc6455_handshake_answers_101_with_the_accept_key(server):
    key = "dGhlIHNhbXBsZSBub25jZQ=="
    with socket.create_connection(("127.0.0.1", server), timeout=5) as s:
        s.sendall(("GET /datetime/ HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = s.recv(4096).decode(errors="replace")
    assert head.startswith("HTTP/1.1 101")
    # The RFC 6455 example key and its accept value.
    assert "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" in head


def test_get_errors_are_json_envelopes(server):
    with pytest.raises(urllib.error.HTTPError) as info:
        get(server, "/locked/")
    assert info.value.code == 401
    assert json.loads(info.value.read()) == {"error": "sign in first"}


def test_boot_registers_resources_and_stops_them_with_the_manager():
    class Thing(Resource):
        route = "/thing/<int:n>/"

        def get(self, n):
            return {"n": n * 2}

    app = Flask(__name__)
    thing = Thing()
    manager = boot(app, resources=[thing])
    assert thing.running
    assert app.test_client().get("/thing/21/").get_json() == {"n": 42}
    manager.shutdown()
    assert not thing.running


def test_a_resource_without_a_route_is_refused_with_a_hint():
    class Nowhere(Resource):
        pass

    with pytest.raises(ValueError, match="route must be a URL rule"):
        Nowhere()


def test_boot_rejects_things_that_are_not_resources():
    with pytest.raises(TypeError, match="specter.Resource"):
        boot(Flask(__name__), resources=[object()])


def test_stopping_a_resource_closes_its_open_sockets_with_1001(server):
    ws = WSClient("127.0.0.1", server, "/datetime/")
    ws.receive()
    assert get(server, "/stop-clock/")[1] == "stopped"
    with pytest.raises(ClosedError) as info:
        while True:
            ws.receive()
    ws.close()
    assert info.value.code == 1001
    with pytest.raises(ConnectionError) as refused:
        WSClient("127.0.0.1", server, "/datetime/")
    assert "503" in str(refused.value)
