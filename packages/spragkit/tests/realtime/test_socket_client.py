"""The browser socket client (sprag/js/socket.js) in Chromium against a plain Flask-SocketIO
server: acks, topics, ping/pong, refusal, and a server restart (reconnect, re-join, buffered
emits)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rtutil import browser_or_skip, free_port, wait_port

pytestmark = pytest.mark.browser
HERE = Path(__file__).parent


class Server:
    def __init__(self, port):
        self.port = port
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen([sys.executable, str(HERE / "socket_client_server.py"), str(self.port)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        wait_port(self.port, self.proc)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def get(self, path):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=30) as r:
            return r.read().decode()


@pytest.fixture(scope="module")
def browser():
    with browser_or_skip() as b:
        yield b


@pytest.fixture
def server():
    srv = Server(free_port())
    srv.start()
    yield srv
    srv.stop()


def open_page(browser, server, query=""):
    page = browser.new_context().new_page()
    page.goto(f"http://127.0.0.1:{server.port}/page{query}")
    page.wait_for_function("() => document.documentElement.dataset.ready === '1'")
    return page


def test_emit_resolves_to_the_servers_ack(browser, server):
    page = open_page(browser, server)
    assert page.evaluate("() => S.emit('echo', {a: [1, 'x']})") == {"a": [1, "x"]}
    auth = json.loads(server.get("/stats"))["auth"]
    assert auth["csrf"] == "good" and auth["client"] == page.evaluate("clientId")
    page.context.close()


def test_a_joined_topic_receives_its_events_and_a_left_one_does_not(browser, server):
    page = open_page(browser, server)
    assert page.evaluate("() => S.join('room:a')") == {"ok": True, "topic": "room:a"}
    server.get("/shout?topic=room:a&n=1")
    page.wait_for_function("() => got.length === 1")
    page.evaluate("() => S.leave('room:a')")
    page.evaluate("() => S.emit('echo', 1)")  # the leave has been processed once this acks
    server.get("/shout?topic=room:a&n=2")
    page.evaluate("() => S.emit('me')")
    page.wait_for_function("() => got.length === 2")
    assert page.evaluate("got") == [{"n": 1}, {"you": True}]
    page.context.close()


def test_pings_are_answered_so_the_connection_stays_up(browser, server):
    page = open_page(browser, server)
    page.evaluate("() => S.emit('echo', 1)")
    before = json.loads(server.get("/stats"))["connects"]
    time.sleep(4)  # ping_interval=1, ping_timeout=2: an unanswered ping drops the client
    assert page.evaluate("() => S.emit('echo', 2)") == 2
    assert json.loads(server.get("/stats"))["connects"] == before
    page.context.close()


def test_a_refused_connect_rejects_the_pending_emits(browser, server):
    page = open_page(browser, server, "?csrf=bad")
    message = page.evaluate("() => S.emit('echo', 1).then(() => 'acked', (e) => e.message)")
    assert message.startswith("socket refused")
    page.context.close()


def test_after_a_restart_it_reconnects_rejoins_and_sends_what_was_buffered(browser, server):
    page = open_page(browser, server)
    page.evaluate("() => S.join('room:b')")
    server.stop()
    page.wait_for_function("() => !S.up")
    page.evaluate("() => { window.late = S.emit('echo', 'sent while offline'); }")
    server.start()
    assert page.evaluate("() => window.late", ) == "sent while offline"
    server.get("/shout?topic=room:b&n=7")
    page.wait_for_function("() => got.length === 1")
    assert page.evaluate("got") == [{"n": 7}]
    page.context.close()
