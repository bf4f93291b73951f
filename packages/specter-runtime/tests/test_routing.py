from __future__ import annotations

import pytest
from flask import Flask, request

from specter import Router, route


class ItemsRouter(Router):
    url_prefix = "/api/items"

    def __init__(self):
        self.items = ["a"]
        super().__init__("items")

    @route("/", methods=["GET"])
    def list_items(self):
        return {"items": self.items}

    @route("/", methods=["POST"], endpoint="create")
    def create(self):
        self.items.append(request.get_json()["name"])
        return {"items": self.items}, 201


def test_class_based_routes_are_bound_methods():
    app = Flask(__name__)
    ItemsRouter().register(app)
    client = app.test_client()
    assert client.get("/api/items/").get_json() == {"items": ["a"]}
    res = client.post("/api/items/", json={"name": "b"})
    assert res.status_code == 201 and res.get_json() == {"items": ["a", "b"]}


def test_router_route_decorator_for_plain_functions():
    app = Flask(__name__)
    router = Router("plain")

    @router.route("/ping")
    def ping():
        return "pong"

    app.register_blueprint(router.blueprint)
    assert app.test_client().get("/ping").data == b"pong"
    assert router.routes == [{"rule": "/ping", "endpoint": "ping", "methods": ["GET"]}]


def test_dotted_names_become_valid_blueprint_names():
    assert Router("items.api").blueprint.name == "items_api"


def test_duplicate_endpoint_is_a_clear_error():
    router = Router("dup")
    router.add("/a", lambda: "a", endpoint="same")
    with pytest.raises(ValueError, match="endpoint 'same' is used twice"):
        router.add("/b", lambda: "b", endpoint="same")


def test_adding_after_build_is_refused():
    router = Router("built")
    router.add("/a", lambda: "a", endpoint="a")
    assert router.blueprint.name == "built"
    with pytest.raises(RuntimeError, match="already built"):
        router.add("/b", lambda: "b", endpoint="b")


def test_include_collects_route_methods_of_any_object():
    class Api:
        @route("/hello")
        def hello(self):
            return "hi"

    router = Router("api")
    assert router.include(Api()) == 1
    app = Flask(__name__)
    router.register(app)
    assert app.test_client().get("/hello").data == b"hi"


def test_rule_must_start_with_slash():
    with pytest.raises(ValueError, match="start with '/'"):
        route("items")
