"""Drain hooks: what the server runs when a graceful shutdown starts (SIGTERM/SIGINT)."""

from __future__ import annotations

import logging


class Streams:
    """A feature with long-lived streams that must end when the server drains."""

    name = "streams"

    def __init__(self):
        self.closed = 0

    def install(self, host):
        host.add_drain_hook(self.close_all)

    def close_all(self):
        self.closed += 1


def test_app_and_feature_drain_hooks_run_once_and_a_failure_does_not_stop_the_rest(basic, caplog):
    calls = []
    streams = Streams()
    basic.install(streams)

    def broken():
        raise RuntimeError("hook failed")

    basic.add_drain_hook(broken)
    basic.add_drain_hook(lambda: calls.append("app"))
    with caplog.at_level(logging.ERROR, logger="sprag"):
        basic.begin_drain()
        basic.begin_drain()
    assert streams.closed == 1 and calls == ["app"]
    assert "hook failed" in caplog.text


def test_the_dev_reload_stream_ends_when_the_server_drains():
    from sprag.commands._devtools import DevMiddleware

    middleware = DevMiddleware(lambda environ, start_response: [], "boot1")
    stream = middleware._event_stream()
    assert b"data: boot1" in next(stream)
    middleware.close_streams()
    assert list(stream) == []  # ends now instead of after the 10 s keep-alive
