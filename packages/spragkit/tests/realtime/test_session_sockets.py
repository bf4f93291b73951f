"""A tab whose page had no session yet (anonymous visitors get none) starts a job: the action
creates the session, and the tab's already-open socket joins that session's room, so the job's
sprag:queue.job.changed signals reach it (raw Socket.IO client, real server process)."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from conftest import PROJECTS
from livesrv import LiveServer
from sioclient import SioClient, page_session


@pytest.fixture(scope="module")
def server():
    srv = LiveServer(PROJECTS / "jobs", env={"JOBS_STEP_DELAY": "0.05"})
    yield srv
    srv.stop()


def start_job(server, cookie, csrf, client=None):
    headers = {"Content-Type": "application/json", "X-Sprag-CSRF": csrf, "Cookie": cookie,
               "Origin": server.url}
    if client:
        headers["X-Sprag-Client"] = client
    body = json.dumps({"route": "/jobs", "action": "start", "payload": {"label": "x"}}).encode()
    request = urllib.request.Request(server.url + "/__sprag__/actions", data=body, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get_all("Set-Cookie") or [], json.loads(response.read())["value"]


def signals(sio, job_id, until="completed", timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sio.emit("jobs:pump", {})  # any emit reads what arrived meanwhile (its ack is an error)
        states = [p["state"] for name, p in sio.events
                  if name == "sprag:queue.job.changed" and p["job_id"] == job_id]
        if until in states:
            return states
        time.sleep(0.05)
    return [p["state"] for name, p in sio.events if name == "sprag:queue.job.changed"]


def test_the_tab_that_creates_the_session_gets_its_job_signals(server):
    cookie, csrf = page_session(server.port, "/jobs")
    assert "sprag_sid=" not in cookie  # the page made no session
    sio = SioClient(server.port, cookie=cookie, csrf=csrf, client="tab-9", path="/jobs")
    assert sio.connected, sio.refusal
    set_cookies, answer = start_job(server, cookie, csrf, client="tab-9")
    assert any(c.startswith("sprag_sid=") for c in set_cookies)  # the enqueue made one
    states = signals(sio, answer["job"]["id"])
    assert states[-1] == "completed" and "running" in states
    sio.close()


def test_another_tab_without_that_session_gets_nothing(server):
    cookie, csrf = page_session(server.port, "/jobs")
    mine = SioClient(server.port, cookie=cookie, csrf=csrf, client="tab-a", path="/jobs")
    other_cookie, other_csrf = page_session(server.port, "/jobs")
    other = SioClient(server.port, cookie=other_cookie, csrf=other_csrf, client="tab-b", path="/jobs")
    _, answer = start_job(server, cookie, csrf, client="tab-a")
    assert signals(mine, answer["job"]["id"])[-1] == "completed"
    other.emit("jobs:pump", {})
    assert [name for name, _ in other.events if name == "sprag:queue.job.changed"] == []
    mine.close()
    other.close()
