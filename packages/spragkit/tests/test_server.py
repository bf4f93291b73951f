"""The production server (gevent pywsgi) in a real process: keep-alive without Nagle stalls."""

import http.client
import statistics
import time

import pytest
from conftest import PROJECTS
from livesrv import LiveServer


@pytest.fixture(scope="module")
def server():
    srv = LiveServer(PROJECTS / "basic", mode="production")
    yield srv
    srv.stop()


def test_serves_a_document_page(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("GET", "/")
    response = conn.getresponse()
    assert response.status == 200 and b"Hello from the server" in response.read()


def test_keep_alive_requests_do_not_stall_on_delayed_ack(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    timings = []
    for _ in range(30):
        started = time.perf_counter()
        conn.request("GET", "/blog/new")
        response = conn.getresponse()
        response.read()
        timings.append(time.perf_counter() - started)
        assert response.status == 200 and not response.will_close
    # A Nagle/delayed-ACK stall costs ~40 ms per request; a healthy keep-alive answer is ~1 ms.
    assert statistics.median(timings) < 0.02, timings


def test_precompressed_hashed_asset_over_the_wire(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("GET", "/", headers={"Accept-Encoding": "br"})
    html = conn.getresponse().read().decode()
    href = html.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    conn.request("GET", href, headers={"Accept-Encoding": "gzip"})
    response = conn.getresponse()
    response.read()
    assert response.status == 200
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
