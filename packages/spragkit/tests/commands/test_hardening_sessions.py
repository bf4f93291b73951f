"""No server state for anonymous visitors (issue 12, defect 3), against real `sprag serve`.

Cookie-less GETs of a hybrid page create no server session (no session cookie is handed
out), and the counter of the default template works with `--workers 2` and no shared store:
the CSRF token is signed, so any worker can check it.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from ._probe import call_action, cookies_of, make_probe, page_payload, raw_get
from ._processes import SPRAG, SpragProcess, wait_for
from .conftest import free_port

SESSION_COOKIE = "sprag_sid"


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    return make_probe(tmp_path_factory.mktemp("sessions"))


def _serve(probe, log_name, args=(), env=None):
    port = free_port()
    process = SpragProcess(["serve", "--port", port, "-C", probe, *args], probe,
                           probe.parent / log_name, env=env)
    try:
        wait_for(f"http://127.0.0.1:{port}/counter", process)
    except BaseException:
        process.stop()
        raise
    return port, process


def test_cookieless_gets_of_a_hybrid_page_hand_out_no_session(probe):
    port, process = _serve(probe, "flood.log")
    try:
        for _ in range(40):
            status, headers, body = raw_get(port, "/counter")
            assert status == 200 and page_payload(body.decode())["csrf"]
            assert SESSION_COOKIE not in cookies_of(headers)
    finally:
        process.stop()


def test_the_counter_works_on_every_fresh_page_with_two_workers(probe):
    port, process = _serve(probe, "workers.log", ["--workers", "2"])
    try:
        answers = []
        for _ in range(16):  # each request is a new connection: either worker may take it
            status, headers, body = raw_get(port, "/counter")
            assert status == 200
            token = page_payload(body.decode())["csrf"]
            answers.append(call_action(port, "/counter", "increment", {"count": 1}, token,
                                       cookies_of(headers)))
        assert answers == [(200, {"ok": True, "value": {"count": 2}, "redirect": None})] * 16
    finally:
        process.stop()


def test_a_token_from_one_visitor_does_not_work_with_another_visitors_cookie(probe):
    port, process = _serve(probe, "swap.log")
    try:
        _s, headers_a, body_a = raw_get(port, "/counter")
        _s, headers_b, _body_b = raw_get(port, "/counter")
        token_a = page_payload(body_a.decode())["csrf"]
        assert call_action(port, "/counter", "increment", {"count": 1}, token_a,
                           cookies_of(headers_a))[0] == 200
        assert call_action(port, "/counter", "increment", {"count": 1}, token_a,
                           cookies_of(headers_b))[0] == 403
        assert call_action(port, "/counter", "increment", {"count": 1}, token_a, {})[0] == 403
    finally:
        process.stop()


def test_serve_without_a_secret_key_says_how_to_set_one(probe):
    local = probe / ".env.local"
    saved = local.read_text() if local.is_file() else None
    if saved is not None:
        local.unlink()
    try:
        env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
        result = subprocess.run(SPRAG + ["serve", "--port", str(free_port()), "-C", str(probe)],
                                cwd=str(probe), env=env, capture_output=True, text=True, timeout=20)
    finally:
        if saved is not None:
            local.write_text(saved)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "SECRET_KEY" in output and "hint:" in output
