"""App.install(feature): routes, services, page data and runtime files through FeatureHost."""

from __future__ import annotations

import pytest
from conftest import page_payload

from sprag.http.guard import GuardRule, Rejection


class Service:
    def __init__(self):
        self.events = []
        self.name = "clock-service"

    def start(self):
        self.events.append("start")

    def stop(self):
        self.events.append("stop")


class Clock:
    name = "clock"

    def __init__(self, runtime_file=None):
        self.service = Service()
        self.runtime_file = runtime_file

    def install(self, host):
        self.guard = host.guard
        self.config = host.config
        host.add_route("/__sprag__/clock", self.now, methods=("GET", "POST"))
        host.add_service(self.service)
        host.add_page_data("clock", lambda surface, session: {"route": surface.path})
        if self.runtime_file is not None:
            host.add_runtime_file("sprag/clock.js", self.runtime_file)

    def now(self):
        admitted = self.guard.check(GuardRule(session="optional", csrf=False, label="clock"))
        if isinstance(admitted, Rejection):
            return admitted.response()
        return {"now": 42, "dev": self.config.dev}


def test_a_feature_adds_a_route_a_service_and_page_data(basic, tmp_path):
    js = tmp_path / "clock.js"
    js.write_text("export const tick = 1;\n")
    clock = Clock(js)
    assert basic.install(clock) is basic and basic.features["clock"] is clock
    client = basic.flask.test_client()
    assert client.get("/__sprag__/clock").get_json() == {"now": 42, "dev": True}
    payload = page_payload(client.get("/counter").get_data(as_text=True))
    assert payload["features"] == {"clock": {"route": "/counter"}}
    assert clock.service.events == ["start"]
    assert basic.browser.runtime_files["sprag/clock.js"] == js
    basic.stop()
    assert clock.service.events == ["start", "stop"]


def test_a_feature_route_keeps_the_page_fast_path(basic):
    basic.install(Clock())
    assert "sprag_clock_0" in basic.own_endpoints()
    # a page GET is answered without Flask's URL matching: no url_rule on the request
    seen = []
    surface = basic.surface_by_route("/")
    controller = basic.controller_for(surface)
    original = controller.load

    def load():
        from flask import request

        seen.append(request.url_rule)
        return original()

    controller.load = load
    assert basic.flask.test_client().get("/").status_code == 200
    assert seen == [None]


def test_a_cross_site_call_of_a_feature_route_is_refused_by_the_guard(basic):
    basic.install(Clock())
    response = basic.flask.test_client().post("/__sprag__/clock", headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert response.get_json() == {"ok": False, "error": "Cross-site clock requests are refused", "errors": {}}


def test_feature_routes_must_live_under_the_framework_prefix(basic):
    class Bad:
        name = "bad"

        def install(self, host):
            host.add_route("/clock", lambda: "x")

    with pytest.raises(ValueError, match="must start with /__sprag__/"):
        basic.install(Bad())


def test_installing_twice_or_after_start_is_refused(basic):
    basic.install(Clock())
    with pytest.raises(ValueError, match="already installed"):
        basic.install(Clock())
    basic.start()

    class Late:
        name = "late"

        def install(self, host):
            pass

    with pytest.raises(RuntimeError, match="before the App starts"):
        basic.install(Late())


def test_install_needs_a_feature_shape(basic):
    with pytest.raises(TypeError, match="name and install"):
        basic.install(object())


def test_runtime_files_are_checked(basic, tmp_path):
    class Js:
        name = "js"

        def __init__(self, vpath, path):
            self.vpath, self.path = vpath, path

        def install(self, host):
            host.add_runtime_file(self.vpath, self.path)

    with pytest.raises(ValueError, match="sprag/<name>.js"):
        basic.install(Js("other/x.js", tmp_path / "x.js"))
    with pytest.raises(FileNotFoundError, match="does not exist"):
        basic.install(Js("sprag/x.js", tmp_path / "missing.js"))
