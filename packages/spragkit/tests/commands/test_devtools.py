"""The dev-only WSGI pieces, driven through werkzeug's real test client."""

from __future__ import annotations

from flask import Flask, Response
from werkzeug.test import Client

from sprag.commands._devtools import CLIENT_PATH, EVENTS_PATH, DevMiddleware, error_app

HTML = "<!doctype html><html><body><h1>hi</h1></body></html>"


def _app() -> Flask:
    flask = Flask("devtools_test")

    @flask.get("/")
    def page():
        return HTML

    @flask.get("/data")
    def data():
        return {"ok": True}

    @flask.post("/")
    def post():
        return HTML

    @flask.get("/stream")
    def stream():
        return Response((chunk for chunk in ["<p>a", "b</p></body>"]), mimetype="text/html")

    @flask.get("/boom")
    def boom():
        raise RuntimeError("kaboom")

    flask.config["PROPAGATE_EXCEPTIONS"] = True
    return flask


def _client() -> Client:
    flask = _app()
    flask.wsgi_app = DevMiddleware(flask.wsgi_app, "boot123")
    return flask.test_client()


def test_html_pages_get_the_dev_client_before_the_body_end():
    response = _client().get("/", headers={"Accept": "text/html"})
    body = response.get_data(as_text=True)
    assert body.endswith(f'<script src="{CLIENT_PATH}" data-boot="boot123"></script></body></html>')
    assert int(response.headers["Content-Length"]) == len(response.get_data())


def test_streamed_html_is_injected_too():
    body = _client().get("/stream", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert body == f'<p>ab</p><script src="{CLIENT_PATH}" data-boot="boot123"></script></body>'


def test_json_and_non_get_responses_pass_through_untouched():
    client = _client()
    assert client.get("/data", headers={"Accept": "text/html"}).get_json() == {"ok": True}
    assert client.post("/", headers={"Accept": "text/html"}).get_data(as_text=True) == HTML
    assert client.get("/", headers={"Accept": "application/json"}).get_data(as_text=True) == HTML


def test_the_client_script_reloads_when_the_boot_id_changes():
    response = _client().get(CLIENT_PATH)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/javascript")
    script = response.get_data(as_text=True)
    assert f'new EventSource("{EVENTS_PATH}")' in script
    assert "location.reload()" in script


def test_the_events_stream_says_hello_with_the_boot_id():
    response = _client().get(EVENTS_PATH, buffered=False)
    assert response.headers["Content-Type"] == "text/event-stream"
    first = next(iter(response.response))
    assert first == b"retry: 300\nevent: hello\ndata: boot123\n\n"
    response.close()


def test_an_exception_in_a_page_becomes_an_error_page_with_the_dev_client():
    response = _client().get("/boom", headers={"Accept": "text/html"})
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "RuntimeError: kaboom" in body
    assert CLIENT_PATH in body


def test_error_app_answers_every_page_with_the_escaped_error():
    try:
        raise ValueError("<bad> & broken")
    except ValueError as exc:
        app = error_app(exc, "boot9")
    client = Client(app)
    response = client.get("/any/page")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "&lt;bad&gt; &amp; broken" in body and "<bad>" not in body
    assert 'data-boot="boot9"' in body
    assert client.get(CLIENT_PATH).status_code == 200
