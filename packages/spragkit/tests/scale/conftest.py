"""Fixtures of the scale-out tests: a redis-server per test module."""

from __future__ import annotations

import pytest

from .redisproc import REDIS_SERVER, SKIP_REASON, RedisProcess


@pytest.fixture(scope="module")
def redis_server():
    if not REDIS_SERVER:
        pytest.skip(SKIP_REASON)
    pytest.importorskip("redis", reason="the redis client is not installed (pip install 'spragkit[redis]')")
    server = RedisProcess()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server):
    """The URL of a running (flushed) Redis."""
    if redis_server.proc is None or redis_server.proc.poll() is not None:
        redis_server.start()
    import redis

    redis.Redis.from_url(redis_server.url).flushall()
    return redis_server.url
