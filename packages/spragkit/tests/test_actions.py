"""The action endpoint against every hostile case, with the real Flask test client."""

import json

import pytest
from conftest import ActionClient


@pytest.fixture
def lab(client):
    return ActionClient(client, "/lab")


@pytest.fixture
def lab_total(basic):
    surface = basic.surface_by_route("/lab")
    return lambda: basic.controller_for(surface).total


def test_success_envelope(lab, lab_total):
    response = lab.call("add", {"amount": 5})
    assert response.status_code == 200
    assert response.get_json() == {"ok": True, "value": {"total": 5}, "redirect": None}
    assert lab_total() == 5


def test_payload_is_coerced_by_the_schema(lab):
    assert lab.call("add", {"amount": "7"}).get_json()["value"] == {"total": 7}


def test_malformed_json_is_400_and_changes_nothing(lab, lab_total):
    response = lab.post(raw='{"route": "/lab", "action": "add", ')
    assert response.status_code == 400
    assert response.get_json()["ok"] is False and "not valid JSON" in response.get_json()["error"]
    assert lab_total() == 0


def test_body_that_is_not_an_object_is_400(lab):
    assert lab.post(raw="[1, 2]").status_code == 400


def test_schema_failure_is_400_with_field_errors(lab, lab_total):
    response = lab.call("add", {"amount": "lots"})
    body = response.get_json()
    assert response.status_code == 400
    assert body["ok"] is False and body["error"] and set(body["errors"]) == {"amount"}
    assert lab_total() == 0


def test_missing_required_field_is_400(lab):
    response = lab.call("add", {})
    assert response.status_code == 400 and "amount" in response.get_json()["errors"]


def test_out_of_range_value_is_400(lab, lab_total):
    assert lab.call("add", {"amount": 1000}).status_code == 400
    assert lab_total() == 0


def test_unknown_action_is_404(lab):
    response = lab.call("drop_tables")
    assert response.status_code == 404 and response.get_json()["ok"] is False


def test_unknown_route_is_404(lab):
    response = lab.post({"route": "/nowhere", "action": "add", "payload": {"amount": 1}})
    assert response.status_code == 404


def test_cross_site_fetch_metadata_is_403(lab, lab_total):
    response = lab.call("add", {"amount": 1}, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403 and lab_total() == 0


def test_foreign_origin_is_403(lab, lab_total):
    response = lab.call("add", {"amount": 1}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and lab_total() == 0


def test_missing_csrf_token_is_403(lab, lab_total):
    response = lab.call("add", {"amount": 1}, token=False)
    assert response.status_code == 403 and lab_total() == 0


def test_wrong_csrf_token_is_403(lab, lab_total):
    response = lab.call("add", {"amount": 1}, headers={"X-Sprag-CSRF": "guess"})
    assert response.status_code == 403 and lab_total() == 0


def test_request_without_session_is_403(basic, lab_total):
    fresh = basic.flask.test_client()
    response = fresh.post(
        "/__sprag__/actions",
        data=json.dumps({"route": "/lab", "action": "add", "payload": {"amount": 1}}),
        headers={"Content-Type": "application/json", "X-Sprag-CSRF": "x"},
    )
    assert response.status_code == 403 and lab_total() == 0


def test_body_over_the_limit_is_413(lab, lab_total):
    big = json.dumps({"route": "/lab", "action": "add", "payload": {"amount": 1, "pad": "x" * (1024 * 1024)}})
    response = lab.post(raw=big)
    assert response.status_code == 413 and response.get_json()["ok"] is False
    assert lab_total() == 0


def test_body_limit_is_configurable(load_project):
    from sprag import App

    loaded = load_project("basic")
    app = App(project_dir=loaded.project_dir, action_body_limit=64)
    assert app.config.action_body_limit == 64
    try:
        lab = ActionClient(app.flask.test_client(), "/lab")
        assert lab.call("add", {"amount": 1, "note": "x" * 100}).status_code == 413
    finally:
        app.stop()


def test_exception_is_500_with_a_generic_message_in_production(load_project):
    app = load_project("basic", mode="production")
    lab = ActionClient(app.flask.test_client(), "/lab")
    body = lab.call("boom").get_json()
    assert body["error"] == "The action failed on the server"
    assert "secret internal detail" not in json.dumps(body)


def test_exception_in_dev_carries_the_traceback(lab):
    response = lab.call("boom")
    assert response.status_code == 500
    assert "secret internal detail" in response.get_json()["traceback"]


def test_http_error_keeps_its_status(lab):
    response = lab.call("refuse")
    assert response.status_code == 409 and response.get_json()["error"] == "Not today"


def test_redirect_from_action_rides_in_the_envelope(lab):
    body = lab.call("leave").get_json()
    assert body["ok"] is True and body["redirect"] == {"location": "/", "status": 302, "replace": True}


def test_action_without_schema_rejects_unexpected_fields(lab):
    assert lab.call("whoami", {"evil": 1}).status_code == 400


def test_request_exposes_session_id_and_path(lab, client):
    lab.call("remember", {"note": "hi"})
    value = lab.call("whoami").get_json()["value"]
    assert value["path"] == "/lab" and len(value["session_id"]) > 20


def test_anonymous_visitor_has_no_session_until_something_is_stored(lab, basic):
    assert lab.call("whoami").get_json()["value"]["session_id"] is None
    assert len(basic.session_store) == 0
    response = lab.call("remember", {"note": "hi"})
    assert response.status_code == 200 and "sprag_sid=" in response.headers["Set-Cookie"]
    value = lab.call("whoami").get_json()["value"]
    assert len(value["session_id"]) > 20 and value["note"] == "hi"
    assert len(basic.session_store) == 1


def test_a_payload_naming_self_is_400_not_500(lab):
    response = lab.call("anything", {"self": 1})
    assert response.status_code == 400
    assert response.get_json()["errors"] == {"self": "not an argument of this action"}


def test_actions_are_not_served_on_get(client):
    assert client.get("/__sprag__/actions").status_code in (404, 405)


def test_body_without_payload_calls_the_action_with_no_arguments(lab):
    response = lab.post({"route": "/lab", "action": "whoami"})
    assert response.status_code == 200 and response.get_json()["ok"] is True


def test_deeply_nested_json_is_400_json(lab, lab_total):
    raw = '{"route": "/lab", "action": "add", "payload": {"amount": 1, "z": ' + "[" * 100000 + "]" * 100000 + "}}"
    response = lab.post(raw=raw)
    assert response.status_code == 400 and response.get_json()["ok"] is False
    assert lab_total() == 0


def test_missing_argument_of_an_action_without_schema_is_400_naming_it(lab):
    response = lab.call("typed", {})
    assert response.status_code == 400
    assert response.get_json()["errors"] == {"clicks": "required"}


def test_annotated_parameters_are_coerced_like_schema_fields(lab):
    value = lab.call("typed", {"clicks": "3", "ratio": 2, "flag": "yes", "label": 5}).get_json()["value"]
    assert value == {"clicks": 3, "ratio": {"$f": 2.0}, "flag": True, "label": "5"}  # 2.0, tagged


def test_annotated_parameter_of_the_wrong_type_is_400(lab):
    response = lab.call("typed", {"clicks": "abc", "flag": "maybe"})
    assert response.status_code == 400
    errors = response.get_json()["errors"]
    assert errors["clicks"] == "must be an integer" and "boolean" in errors["flag"]


def test_get_on_the_action_endpoint_is_a_405_json_envelope(client):
    response = client.get("/__sprag__/actions")
    assert response.status_code == 405 and response.get_json()["ok"] is False


def test_an_action_method_named_like_a_controller_method_is_refused_where_it_is_written():
    import pytest as _pytest

    from sprag import Controller, action

    with _pytest.raises(TypeError) as refused:
        class BuildController(Controller):
            @action
            def start(self, label):
                return label

    message = str(refused.value)
    assert "BuildController.start" in message and "@action(name='start')" in message

    class Renamed(Controller):
        @action(name="start")
        def start_build(self, label):
            return label

    assert list(Renamed.actions()) == ["start"]
