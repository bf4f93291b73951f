"""Page GETs skip Flask's URL map but behave exactly as through Flask."""

from __future__ import annotations


def test_page_get_answers_with_the_same_headers_as_flask(client):
    response = client.get("/counter")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-cache"
    assert int(response.headers["Content-Length"]) == len(response.data)


def test_head_of_a_page_has_headers_and_no_body(client):
    get = client.get("/counter")
    head = client.head("/counter")
    assert head.status_code == 200
    assert head.data == b""
    assert head.headers["Content-Length"] == get.headers["Content-Length"]


def test_session_cookie_is_reused_across_page_gets(client):
    first = client.get("/counter")
    assert "Set-Cookie" in first.headers
    second = client.get("/counter")
    assert "Set-Cookie" not in second.headers


def test_flask_hooks_registered_by_the_user_still_run_for_pages(basic):
    seen = []
    basic.flask.before_request(lambda: seen.append("before"))

    @basic.flask.after_request
    def tag(response):
        response.headers["X-Hook"] = "ran"
        return response

    response = basic.flask.test_client().get("/counter")
    assert response.status_code == 200
    assert seen == ["before"]
    assert response.headers["X-Hook"] == "ran"


def test_controllers_start_on_the_first_request_without_a_flask_hook(basic):
    assert not basic.flask.before_request_funcs.get(None)
    basic.stop()
    basic.flask.test_client().get("/")
    assert basic.started
