"""`sprag doctor` checks the Redis connection when SPRAG_REDIS_URL is set."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .hosts import PROJECTS
from .redisproc import free_port


def _doctor(env):
    full = {k: v for k, v in os.environ.items() if k != "SPRAG_REDIS_URL"}
    full.update(env)
    done = subprocess.run([sys.executable, "-m", "sprag_cli", "doctor", "-C", str(PROJECTS / "scale")],
                          env=full, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout + done.stderr


def test_doctor_reports_a_reachable_redis(redis_url):
    code, text = _doctor({"SPRAG_REDIS_URL": redis_url})
    line = next(row for row in text.splitlines() if "answers (Redis " in row)
    assert redis_url in line and "keys prefixed sprag:" in line
    assert code == 0, text


def test_doctor_fails_on_an_unreachable_redis_naming_it():
    pytest.importorskip("redis", reason="the redis client is not installed (pip install 'spragkit[redis]')")
    url = f"redis://:s3cret@127.0.0.1:{free_port()}/0"
    code, text = _doctor({"SPRAG_REDIS_URL": url})
    assert code != 0
    assert "cannot reach Redis at redis://:***@127.0.0.1" in text and "s3cret" not in text, text


def test_doctor_without_redis_says_one_process_keeps_state_in_memory():
    code, text = _doctor({})
    assert "not configured" in text and "SPRAG_REDIS_URL" in text, text
