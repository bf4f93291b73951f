"""`sprag serve --workers N`: refused without shared state for an app that needs it (saying
what breaks and how to fix it), pre-forked on one socket with Redis; an unreachable Redis
stops the server at startup with the URL named."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .hosts import PROJECTS, Host, Visitor
from .redisproc import free_port


def _serve(args, env):
    full = dict(os.environ, **env)
    full.pop("SPRAG_REDIS_URL", None) if "SPRAG_REDIS_URL" not in env else None
    return subprocess.run([sys.executable, "-m", "sprag_cli", "serve", "-C", str(PROJECTS / "scale"),
                           "--port", str(free_port()), *args], env=full, capture_output=True, text=True,
                          timeout=60)


def test_several_workers_without_redis_are_refused_with_what_breaks_and_the_fix():
    done = _serve(["--workers", "2"], {})
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert "--workers 2 needs shared state" in text
    for part in ("sign-in:", "jobs (work)", "sockets:", "live stores (tally)", "SPRAG_REDIS_URL=redis://"):
        assert part in text, text


def test_an_unreachable_redis_stops_the_server_naming_the_url():
    pytest.importorskip("redis", reason="the redis client is not installed (pip install 'spragkit[redis]')")
    url = f"redis://127.0.0.1:{free_port()}/0"
    done = _serve([], {"SPRAG_REDIS_URL": url})
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert f"cannot reach Redis at {url}" in text and "Traceback" not in text, text


def test_two_workers_on_one_socket_share_sessions_through_redis(redis_url, tmp_path):
    host = Host("W", PROJECTS / "scale", redis_url, tmp_path, args=("--workers", "2"))
    try:
        host.wait_ready("/login")
        visitor = Visitor()
        visitor.page(host, "/login")
        assert visitor.action(host, "/login", "login", {"username": "ada", "password": "correct horse"})[0] == 200
        # every request is a new connection: either worker may take it (the kernel picks, so
        # keep asking until both have answered; one worker can win many accepts in a row)
        answers = []
        while len(answers) < 300 and (len(answers) < 30 or len({a["pid"] for a in answers}) < 2):
            answers.append(visitor.action(host, "/login", "note")[1]["value"])
        assert [a["visits"] for a in answers] == list(range(1, len(answers) + 1))
        assert len({a["pid"] for a in answers}) == 2  # both workers answered, one session
        assert visitor.action(host, "/login", "whoami")[1]["value"]["user"] == "Ada"
    finally:
        host.stop()
