from __future__ import annotations

import pytest
from flask import Flask, abort

from specter import (
    Field,
    HTTPError,
    Outcome,
    Schema,
    boot,
    expect_json,
    json_endpoint,
    require_fields,
)


@pytest.fixture
def app():
    app = Flask(__name__)

    @app.post("/json")
    @json_endpoint
    def raw():
        data = expect_json()
        return {"got": data}

    @app.post("/decorated")
    @json_endpoint
    @expect_json
    def decorated():
        return {"ok": True}

    @app.post("/fields")
    @json_endpoint
    @require_fields("name", "email")
    def fields():
        return {"ok": True}

    @app.get("/teapot")
    @json_endpoint
    def teapot():
        raise HTTPError("short and stout", 418, {"hint": "use coffee"})

    @app.get("/crash")
    @json_endpoint
    def crash():
        raise RuntimeError("secret internals")

    @app.get("/abort")
    @json_endpoint
    def aborted():
        abort(404)

    @app.get("/outcome")
    @json_endpoint
    def outcome():
        return Outcome.failure("not yours", 403)

    @app.get("/created")
    @json_endpoint
    def created():
        return {"id": 1}, 201

    return app


def test_json_endpoint_envelope_for_http_error(app):
    res = app.test_client().get("/teapot")
    assert res.status_code == 418
    assert res.get_json() == {"error": "short and stout", "hint": "use coffee"}


def test_json_endpoint_hides_unexpected_errors_as_500(app):
    res = app.test_client().get("/crash")
    assert res.status_code == 500
    assert res.get_json() == {"error": "Internal server error"}


def test_json_endpoint_wraps_werkzeug_aborts(app):
    res = app.test_client().get("/abort")
    assert res.status_code == 404 and "error" in res.get_json()


def test_json_endpoint_serialises_outcome_with_status(app):
    res = app.test_client().get("/outcome")
    assert res.status_code == 403
    assert res.get_json() == {"ok": False, "error": "not yours"}


def test_json_endpoint_keeps_status_tuple(app):
    res = app.test_client().get("/created")
    assert res.status_code == 201 and res.get_json() == {"id": 1}


def test_expect_json_returns_body(app):
    res = app.test_client().post("/json", json={"a": 1})
    assert res.get_json() == {"got": {"a": 1}}


def test_expect_json_rejects_non_object(app):
    res = app.test_client().post("/json", json=[1, 2])
    assert res.status_code == 400
    assert res.get_json() == {"error": "Expected a JSON object body, got list"}


def test_expect_json_decorator_rejects_missing_body(app):
    res = app.test_client().post("/decorated", data="x", content_type="text/plain")
    assert res.status_code == 400 and "Expected a JSON request body" in res.get_json()["error"]


def test_require_fields_lists_missing(app):
    res = app.test_client().post("/fields", json={"name": "a"})
    assert res.status_code == 400
    assert res.get_json() == {"error": "Missing required fields: email",
                              "errors": {"email": "required"}}
    assert app.test_client().post("/fields", json={"name": "a", "email": "e"}).status_code == 200


def test_require_fields_function_form():
    assert require_fields({"a": 1}, "a") == {"a": 1}
    with pytest.raises(HTTPError) as info:
        require_fields({"a": ""}, "a", "b")
    assert info.value.payload == {"errors": {"a": "required", "b": "required"}}


def test_boot_error_handler_turns_http_error_in_plain_route_into_envelope():
    app = Flask(__name__)
    schema = Schema("create", {"name": Field(str, required=True), "n": Field(int)})

    @app.post("/plain")
    def plain():  # not wrapped in json_endpoint
        return schema.require(expect_json())

    manager = boot(app, provide=False)
    res = app.test_client().post("/plain", json={"n": "3.5"})
    assert res.status_code == 400
    assert res.get_json() == {
        "error": "Invalid create: name: required; n: must be an integer",
        "errors": {"name": "required", "n": "must be an integer"},
    }
    manager.shutdown()


def test_without_boot_plain_routes_do_not_get_the_envelope():
    app = Flask(__name__)

    @app.get("/plain")
    def plain():
        raise HTTPError("nope", 409)

    res = app.test_client().get("/plain")
    assert res.status_code == 500


def test_json_endpoint_passes_redirects_through():
    from flask import redirect

    app = Flask(__name__)

    @app.get("/old")
    @json_endpoint
    def old():
        return redirect("/new")

    res = app.test_client().get("/old")
    assert res.status_code == 302 and res.headers["Location"].endswith("/new")
