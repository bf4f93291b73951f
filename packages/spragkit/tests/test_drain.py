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


def test_providers_start_with_the_app_are_in_the_registry_and_stop_in_reverse(load_project):
    from specter import Service, registry
    from sprag import App

    events = []

    class Recorder(Service):
        def on_start(self):
            events.append(f"start {self.name}")

        def on_stop(self):
            events.append(f"stop {self.name}")

    first, second = Recorder("first"), Recorder("second")
    settings = {"region": "eu"}
    loaded = load_project("basic")
    app = App(project_dir=loaded.project_dir,
              providers={"first": first, "second": second, "settings": settings})
    assert not registry.has("first") and events == []
    app.start()
    assert registry.require("first") is first and registry.require("settings") is settings
    assert events == ["start first", "start second"]
    app.stop()
    assert events == ["start first", "start second", "stop second", "stop first"]
    assert not registry.has("first") and not registry.has("settings")
