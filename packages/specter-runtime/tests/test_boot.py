from __future__ import annotations

import pytest
from flask import Flask, request
from flask_socketio import SocketIO

from specter import Controller, Field, Handler, Schema, Service, boot, route
from specter.registry import Registry


class ItemController(Controller):
    """The seed README's controller, plus a @route method."""

    name = "items"

    schemas = {
        "create": Schema("create", {
            "name": Field(str, required=True),
            "active": Field(bool, default=True),
        })
    }

    def on_start(self):
        self.state = self.create_model("items.state", {"items": []})

    def build_routes(self, router):
        @router.route("/api/items", methods=["POST"])
        def create():
            clean = self.schema("create").require(request.get_json(silent=True) or {})
            self.state.update(lambda items: items + [clean], path="items")
            return {"ok": True, "name": clean["name"]}

    @route("/api/items", methods=["GET"])
    def list_items(self):
        return {"items": self.state.get("items")}

    def build_events(self, handler):
        handler.on("item_created", self._on_item_created)

    def _on_item_created(self, data=None):
        return {"ok": True}


class Recorder(Service):
    def __init__(self, name, log):
        super().__init__(name)
        self.log = log

    def on_start(self):
        self.log.append(f"start {self.name}")

    def on_stop(self):
        self.log.append(f"stop {self.name}")


class LogController(Controller):
    def __init__(self, name, log):
        super().__init__(name)
        self.log = log

    def on_start(self):
        self.log.append(f"start {self.name}")

    def on_stop(self):
        self.log.append(f"stop {self.name}")


class LogHandler(Handler):
    def __init__(self, name, log):
        super().__init__(name)
        self.log = log

    def on_start(self):
        self.log.append(f"start {self.name}")

    def on_stop(self):
        self.log.append(f"stop {self.name}")


@pytest.fixture
def server():
    app = Flask(__name__)
    return app, SocketIO(app)


def test_seed_controller_routes_schema_and_events(server):
    app, socketio = server
    reg = Registry()
    manager = boot(app, socketio, controllers=[ItemController()], registry=reg)
    http = app.test_client()
    res = http.post("/api/items", json={"name": "pen", "active": "no"})
    assert res.status_code == 200 and res.get_json() == {"ok": True, "name": "pen"}
    assert http.get("/api/items").get_json() == {"items": [{"name": "pen", "active": False}]}
    bad = http.post("/api/items", json={"active": "maybe"})
    assert bad.status_code == 400
    assert bad.get_json()["errors"] == {
        "name": "required",
        "active": "must be a boolean (true/false, yes/no, on/off, 1/0)",
    }
    sock = socketio.test_client(app)
    assert sock.emit("item_created", {}, callback=True) == {"ok": True}
    manager.shutdown()
    assert sock.emit("item_created", {}, callback=True) == []


def test_boot_and_shutdown_order(server):
    app, socketio = server
    log = []
    manager = boot(
        app,
        socketio,
        services=[Recorder("s1", log), Recorder("s2", log)],
        controllers=[LogController("c1", log), LogController("c2", log)],
        handlers=[LogHandler("h1", log), LogHandler("h2", log)],
        registry=Registry(),
    )
    assert log == ["start s1", "start s2", "start c1", "start c2", "start h1", "start h2"]
    log.clear()
    manager.shutdown()
    assert log == ["stop h2", "stop h1", "stop c2", "stop c1", "stop s2", "stop s1"]


def test_shutdown_and_start_are_idempotent(server):
    app, socketio = server
    log = []
    manager = boot(app, socketio, services=[Recorder("s", log)], registry=Registry())
    manager.start()
    manager.shutdown()
    manager.shutdown()
    assert log == ["start s", "stop s"]


def test_failed_boot_stops_what_it_started_and_reraises(server):
    app, socketio = server
    log = []

    class Broken(Service):
        def on_start(self):
            raise RuntimeError("cannot start")

    reg = Registry()
    with pytest.raises(RuntimeError, match="cannot start"):
        boot(app, socketio, services=[Recorder("ok", log), Broken("broken")], registry=reg)
    assert log == ["start ok", "stop ok"]


def test_components_are_provided_in_registry_and_only_ours_are_removed(server):
    app, socketio = server
    reg = Registry()
    reg.provide("unrelated", 1)
    svc = Recorder("thumbs", [])
    manager = boot(app, socketio, services=[svc], registry=reg)
    assert reg.require("thumbs") is svc
    assert manager.get("thumbs") is svc
    manager.shutdown()
    assert reg.keys() == ["unrelated"]


def test_shutdown_leaves_replaced_registry_entries_alone(server):
    app, socketio = server
    reg = Registry()
    manager = boot(app, socketio, services=[Recorder("db", [])], registry=reg)
    reg.provide("db", "replacement", replace=True)
    manager.shutdown()
    assert reg.resolve("db") == "replacement"


def test_shutdown_does_not_touch_services_it_did_not_register(server):
    app, socketio = server
    other = Service("other").start()
    manager = boot(app, socketio, services=[Service("mine")], registry=Registry())
    manager.shutdown()
    assert other.running
    other.stop()


def test_boot_stores_manager_on_app_and_reports_health(server):
    app, socketio = server
    manager = boot(app, socketio, services=[Service("svc")], registry=Registry())
    assert app.extensions["specter"] is manager
    health = manager.health()
    assert health["running"] and health["components"][0]["name"] == "svc"
    manager.shutdown()


def test_controller_restart_rebuilds_events_without_duplicates(server):
    app, socketio = server
    calls = []

    class Counter(Controller):
        name = "counter"

        def build_events(self, handler):
            handler.on("hit", lambda d: calls.append(1) or len(calls))

    ctrl = Counter()
    manager = boot(app, socketio, controllers=[ctrl], registry=Registry())
    ctrl.stop()
    ctrl.start()
    sock = socketio.test_client(app)
    assert sock.emit("hit", {}, callback=True) == 1
    manager.shutdown()


def test_controller_schema_lookup_names_known_schemas():
    with pytest.raises(KeyError, match="declared: create"):
        ItemController().schema("update")


def test_handler_without_socketio_is_a_clear_error():
    app = Flask(__name__)
    with pytest.raises(ValueError, match="needs a Socket.IO server"):
        boot(app, handlers=[Handler("h")], registry=Registry())


def test_controller_owned_store_is_closed_on_stop(server):
    app, socketio = server

    class WithStore(Controller):
        name = "ws"

        def on_start(self):
            self.counts = self.create_store("counts", {"n": 0})
            self.counts.subscribe(lambda v: None)

    ctrl = WithStore()
    manager = boot(app, socketio, controllers=[ctrl], registry=Registry())
    assert ctrl.counts.subscriber_count() == 1
    manager.shutdown()
    assert ctrl.counts.subscriber_count() == 0


def test_second_manager_takes_over_names_and_first_shutdown_leaves_them(server):
    reg = Registry()
    app1, sio1 = server
    first = boot(app1, sio1, services=[Service("search")], registry=reg)
    app2 = Flask("second")
    newer = Service("search")
    second = boot(app2, SocketIO(app2), services=[newer], registry=reg)
    first.shutdown()
    assert reg.require("search") is newer
    second.shutdown()
    assert not reg.has("search")
