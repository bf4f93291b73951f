"""Hostile requests and safe defaults against a real `sprag serve` (issue 12, defects 4 and 5).

Bad input answers 400 (never 500); every page carries the security headers; behind a trusted
TLS proxy the cookies are `Secure`; a client that never finishes its headers is cut off.
"""

from __future__ import annotations

import socket
import time

import pytest

from ._probe import call_action, cookies_of, make_probe, page_payload, raw_get, raw_request
from ._processes import SpragProcess, wait_for
from .conftest import free_port


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    return make_probe(tmp_path_factory.mktemp("requests"))


def _serve(probe, log_name, env=None, args=()):
    port = free_port()
    process = SpragProcess(["serve", "--port", port, "-C", probe, *args], probe,
                           probe.parent / log_name, env=env)
    try:
        wait_for(f"http://127.0.0.1:{port}/", process)
    except BaseException:
        process.stop()
        raise
    return port, process


@pytest.fixture(scope="module")
def served(probe):
    port, process = _serve(probe, "serve.log")
    yield port, process
    process.stop()


@pytest.fixture(scope="module")
def behind_proxy(probe):
    """`sprag serve` told that one proxy stands in front, with a 1 s header read timeout."""
    port, process = _serve(probe, "proxy.log",
                           env={"SPRAG_TRUSTED_PROXIES": "1", "SPRAG_HEADER_TIMEOUT": "1"})
    yield port, process
    process.stop()


def _fresh_counter(port, headers=None):
    """A cookie-less visit of /counter: (token, cookies, response headers)."""
    status, response_headers, body = raw_get(port, "/counter", headers)
    assert status == 200
    return page_payload(body.decode())["csrf"], cookies_of(response_headers), response_headers


# -- bad input: 400, never 500 ------------------------------------------------------------------

def test_invalid_chunked_body_on_the_action_endpoint_is_400(served):
    port, process = served
    token, cookies, _ = _fresh_counter(port)
    head = "\n".join([
        "POST /__sprag__/actions HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close",
        "Content-Type: application/json", "Transfer-Encoding: chunked",
        f"Origin: http://127.0.0.1:{port}", "Sec-Fetch-Site: same-origin", f"X-Sprag-CSRF: {token}",
        "Cookie: " + "; ".join(f"{k}={v}" for k, v in cookies.items()),
    ])
    status, _headers, body = raw_request(port, head, b"zz\r\nnot a chunk\r\n0\r\n\r\n")
    assert status == 400, body
    assert "Traceback" not in process.output()


def test_action_payload_naming_self_is_400(served):
    port, process = served
    token, cookies, _ = _fresh_counter(port)
    status, body = call_action(port, "/counter", "touch", {"self": 1}, token, cookies)
    assert status == 400, body
    assert body["ok"] is False and "self" in body["errors"]
    status, body = call_action(port, "/counter", "touch", {"a": 1}, token, cookies)
    assert status == 200 and body["value"] == {"keys": ["a"]}
    assert "Traceback" not in process.output()


# -- security headers -------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/about", "/counter", "/no-such-page"])
def test_every_page_carries_the_security_headers(served, path):
    port, _process = served
    _status, headers, _body = raw_get(port, path)
    assert headers.get("x-content-type-options") == "nosniff"
    assert headers.get("referrer-policy") == "strict-origin-when-cross-origin"
    assert headers.get("x-frame-options") == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in headers.get("content-security-policy", "")


def test_action_answers_carry_nosniff(served):
    port, _process = served
    token, cookies, _ = _fresh_counter(port)
    body = b'{"route": "/counter", "action": "increment", "payload": {"count": 1}}'
    head = "\n".join([
        "POST /__sprag__/actions HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close",
        "Content-Type: application/json", f"Content-Length: {len(body)}",
        f"Origin: http://127.0.0.1:{port}", f"X-Sprag-CSRF: {token}",
        "Cookie: " + "; ".join(f"{k}={v}" for k, v in cookies.items()),
    ])
    status, headers, _ = raw_request(port, head, body)
    assert status == 200 and headers.get("x-content-type-options") == "nosniff"


# -- proxies ----------------------------------------------------------------------------------

def test_forwarded_proto_from_an_untrusted_client_is_ignored(served):
    port, _process = served
    _token, _cookies, headers = _fresh_counter(port, {"X-Forwarded-Proto": "https"})
    assert headers.get("set-cookie"), "a fresh hybrid page sets its CSRF cookie"
    assert "secure" not in headers["set-cookie"].lower()


def test_forwarded_proto_from_a_trusted_proxy_makes_cookies_secure(behind_proxy):
    port, _process = behind_proxy
    _token, _cookies, headers = _fresh_counter(port, {"X-Forwarded-Proto": "https"})
    lines = headers.get("set-cookie", "").split("\n")
    assert lines and all("; secure" in line.lower() for line in lines), lines


def test_forwarded_host_from_a_trusted_proxy_is_the_origin_actions_expect(behind_proxy):
    port, _process = behind_proxy
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "shop.example"}
    token, cookies, _ = _fresh_counter(port, forwarded)
    status, body = call_action(port, "/counter", "increment", {"count": 1}, token, cookies,
                               extra={**forwarded, "Origin": "https://shop.example"})
    assert status == 200 and body["value"] == {"count": 2}


# -- slow clients -----------------------------------------------------------------------------

def test_a_client_that_never_finishes_its_headers_is_disconnected(behind_proxy):
    port, _process = behind_proxy
    with socket.create_connection(("127.0.0.1", port), timeout=6) as conn:
        conn.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        started = time.monotonic()
        try:
            data = conn.recv(65536)
            while data and b"\r\n\r\n" not in data:
                data += conn.recv(65536)
        except socket.timeout:
            pytest.fail("the server kept a half-sent request open for 6 s")
        except ConnectionResetError:
            data = b""
    assert time.monotonic() - started < 4
    assert data == b"" or data.startswith(b"HTTP/1.1 408")
