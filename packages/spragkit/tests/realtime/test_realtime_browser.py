"""Realtime end to end: the seed's snippets in headless Chromium (2-3 contexts) against a
real gevent server process with Flask-SocketIO."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from rtserver import RealtimeServer
from rtutil import browser_or_skip

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    with browser_or_skip() as b:
        yield b


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = RealtimeServer(tmp_path_factory.mktemp("rt") / "sessions.json").start()
    yield srv
    print(srv.stop())


@pytest.fixture
def contexts(browser):
    made = []

    def make():
        context = browser.new_context()
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def open_page(context, server, path="/chat"):
    """A page whose socket is connected (its whoami ack arrived)."""
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    page.goto(server.url + path)
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    click(page, "whoami")
    wait_log(page, "client ")
    return page


def click(page, role):
    page.click(f"[data-role='{role}']")


def log(page):
    return page.eval_on_selector_all(".log li", "items => items.map((li) => li.textContent)")


def wait_log(page, text, timeout=20000):
    page.wait_for_function(
        "(text) => [...document.querySelectorAll('.log li')].some((li) => li.textContent.startsWith(text))",
        arg=text, timeout=timeout,
    )


def test_chat_roundtrip_acks_the_sender_and_replies_to_every_page(contexts, server):
    a = open_page(contexts(), server)
    b = open_page(contexts(), server)
    click(a, "send")
    wait_log(a, "ack hello")
    wait_log(a, "reply HELLO")
    wait_log(b, "reply HELLO")
    assert "ack hello" not in log(b)
    assert a.errors == [] and b.errors == []


def test_a_big_int_crosses_the_socket_exactly_both_ways(contexts, server):
    """emit_socket with 1234567890123456789012 (a BigInt): the handler gets the exact int, its
    ack and its emit_socket come back exact (sprag.wire tags on both sides)."""
    a = open_page(contexts(), server)
    click(a, "double")
    wait_log(a, "double 2469135780246913578024 1234567890123456789012")
    wait_log(a, "doubled 2469135780246913578025")
    assert a.errors == []


def test_session_id_reaches_both_tabs_of_one_session_and_not_another_browser(contexts, server):
    first = contexts()
    a1, a2 = open_page(first, server), open_page(first, server)
    b = open_page(contexts(), server)
    click(a1, "notify_session")
    wait_log(a1, "upload:changed stored")
    wait_log(a2, "upload:changed stored")
    # the seed's pattern: the signal makes UploadModule refetch through an action
    wait_log(a1, "status stored")
    wait_log(a2, "refetched stored")  # the same, through refetch_on_socket
    click(a1, "marker")  # reaches everyone after the targeted event: b has seen all it will
    wait_log(b, "marker")
    assert not any(line.startswith("upload:changed") for line in log(b))


def test_topic_reaches_only_pages_that_joined(contexts, server):
    first = contexts()
    a1, a2 = open_page(first, server), open_page(first, server)
    click(a1, "join")
    wait_log(a1, "joined True")
    click(a1, "notify_room")
    wait_log(a1, "room:notice alpha")
    click(a1, "marker")
    wait_log(a2, "marker")
    assert not any(line.startswith("room:notice") for line in log(a2))
    click(a1, "leave")
    click(a2, "notify_room")
    click(a2, "marker")
    wait_log(a2, "marker")
    page_marker_count = lambda p: sum(1 for line in log(p) if line == "marker")  # noqa: E731
    a1.wait_for_function("() => [...document.querySelectorAll('.log li')].filter((li) => li.textContent === 'marker').length === 2")
    assert page_marker_count(a1) == 2
    assert sum(1 for line in log(a1) if line.startswith("room:notice")) == 1


def test_client_id_reaches_only_that_tab(contexts, server):
    first = contexts()
    a1, a2 = open_page(first, server), open_page(first, server)
    click(a1, "notify_me")  # the action reads self.request.client_id (the tab's header)
    wait_log(a1, "private:notice")
    click(a1, "marker")
    wait_log(a2, "marker")
    assert "private:notice" not in log(a2)


def test_route_reaches_only_pages_on_that_path(contexts, server):
    chat = open_page(contexts(), server, "/chat")
    lobby = open_page(contexts(), server, "/lobby")
    click(chat, "notify_lobby")
    wait_log(lobby, "route:notice /lobby")
    click(chat, "marker")
    wait_log(chat, "marker")
    assert not any(line.startswith("route:notice") for line in log(chat))


def test_sse_broadcast_from_a_queue_worker_reaches_two_browsers(contexts, server):
    a = open_page(contexts(), server)
    b = open_page(contexts(), server, "/lobby")
    time.sleep(0.5)  # both event streams are open
    click(a, "start_job")
    wait_log(a, "job done")
    wait_log(b, "job done")


def test_a_live_store_change_appears_in_a_second_browser(contexts, server):
    a = open_page(contexts(), server)
    b = open_page(contexts(), server)
    time.sleep(0.5)
    click(a, "bump")
    wait_log(b, "board ")
    count = int([line for line in log(b) if line.startswith("board ")][-1].split()[1])
    assert count >= 1


def test_stream_gets_the_value_then_websocket_messages(contexts, server):
    page = open_page(contexts(), server)
    click(page, "clock")
    page.wait_for_function("() => [...document.querySelectorAll('.log li')].filter((li) => li.textContent.startsWith('clock ')).length === 3")
    assert [line for line in log(page) if line.startswith("clock")] == ["clock 20"] * 3


def test_stream_gets_big_ints_and_integral_floats_exact(contexts, server):
    page = open_page(contexts(), server)
    click(page, "exact")
    page.wait_for_function("() => [...document.querySelectorAll('.log li')].filter((li) => li.textContent.startsWith('exact ')).length === 2")
    assert [line for line in log(page) if line.startswith("exact")] == [
        "exact get 1234567890123456789013 2.0", "exact message 2469135780246913578025 3.0"]


def test_a_resource_answers_plain_json_unless_the_wire_is_asked_for(server):
    plain = urllib.request.urlopen(f"{server.url}/exact/", timeout=30)
    assert json.loads(plain.read()) == {"via": "get", "id": 1234567890123456789012, "ratio": 2.0}
    assert plain.headers.get("X-Sprag-Wire") is None and "X-Sprag-Wire" in plain.headers.get("Vary", "")
    asked = urllib.request.Request(f"{server.url}/exact/", headers={"X-Sprag-Wire": "1"})
    tagged = urllib.request.urlopen(asked, timeout=30)
    assert tagged.headers.get("X-Sprag-Wire") == "1"
    assert json.loads(tagged.read()) == {"via": "get", "id": {"$i": "1234567890123456789012"}, "ratio": {"$f": 2.0}}


def test_after_a_restart_the_page_reconnects_rejoins_and_misses_no_broadcast(contexts, server):
    page = open_page(contexts(), server)
    click(page, "join")
    wait_log(page, "joined True")
    time.sleep(0.5)
    urllib.request.urlopen(f"{server.url}/kick/1/", timeout=30).read()
    wait_log(page, "kick 1")
    server.kill()
    server.start()
    # published before the page's event stream is back: it arrives through Last-Event-ID
    urllib.request.urlopen(f"{server.url}/kick/2/", timeout=30).read()
    wait_log(page, "kick 2", timeout=20000)
    # the socket reconnects by itself and re-joins room:alpha (no click)
    deadline = time.time() + 45
    n = 3
    while time.time() < deadline:
        urllib.request.urlopen(f"{server.url}/kick/{n}/", timeout=30).read()
        try:
            wait_log(page, f"room:notice alpha {n}", timeout=500)
            break
        except Exception:
            n += 1
    else:
        pytest.fail(f"the page never got a topic event after the restart: {log(page)}")
    kicks = [line for line in log(page) if line.startswith("kick ")]
    assert kicks[:2] == ["kick 1", "kick 2"]
    assert page.errors == []


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory):
    srv = RealtimeServer(tmp_path_factory.mktemp("rt-dev") / "sessions.json", mode="dev").start()
    yield srv
    srv.stop()


def test_stopping_a_module_releases_its_socket_handlers_topics_and_streams(contexts, dev_server):
    import json

    page = open_page(contexts(), dev_server)
    click(page, "join")
    wait_log(page, "joined True")
    click(page, "clock")
    wait_log(page, "clock ")
    # the page's socket module (dev serves each runtime file; same URL -> same instance)
    socket_url = page.evaluate("() => [...document.querySelectorAll('link')].map((l) => l.href).find((h) => h.includes('/sprag/socket.'))")
    whoami = f"async () => (await import({json.dumps(socket_url)})).socket().emit('chat:whoami', {{}})"
    assert page.evaluate(whoami)["topics"] == ["room:alpha", "upload:123"]
    handlers = f"async () => [...(await import({json.dumps(socket_url)})).socket().handlers.values()].reduce((n, s) => n + s.size, 0)"
    assert page.evaluate(handlers) == 9  # ChatModule 7, UploadModule 2
    opened = json.loads(urllib.request.urlopen(f"{dev_server.url}/clock-sockets/", timeout=30).read())
    assert opened == {"open": 1}
    # `sprag dev` exposes the page's modules; stop every one of them
    page.evaluate("() => { for (const { instance } of globalThis.__SPRAG_MODULES__.values()) instance.stop(); }")
    deadline = time.time() + 5
    while json.loads(urllib.request.urlopen(f"{dev_server.url}/clock-sockets/", timeout=30).read())["open"]:
        assert time.time() < deadline, "the stream's WebSocket stayed open after stop()"
        time.sleep(0.1)
    assert page.evaluate(whoami)["topics"] == []
    assert page.evaluate(handlers) == 0
