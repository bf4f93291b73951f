"""Server rendering of the basic project through the real Flask test client."""

import json
import re

from conftest import page_payload


def test_document_page_renders_into_the_shell(client):
    html = client.get("/").get_data(as_text=True)
    assert '<main><section><h1 class="greeting">Hello from the server</h1>' in html
    assert html.startswith("<!doctype html>")


def test_document_page_ships_no_script_tag(client):
    html = client.get("/").get_data(as_text=True).lower()
    assert "<script" not in html


def test_metadata_merges_app_page_and_load(client):
    html = client.get("/").get_data(as_text=True)
    assert "<title>Home</title>" in html
    assert '<meta name="description" content="The basic test project">' in html
    assert '<meta property="og:title" content="Home of &lt;basic&gt;">' in html


def test_counter_page_renders_the_seed_markup_as_an_island(client):
    html = client.get("/counter").get_data(as_text=True)
    assert (
        '<div data-sprag-island="0" style="display:contents"><div class="counter-card">'
        '<div class="counter-display">0</div><button type="button" data-role="increment">'
        "Increment</button></div></div>"
    ) in html


def test_hybrid_payload_names_route_module_and_state(client):
    payload = page_payload(client.get("/counter").get_data(as_text=True))
    assert payload["route"] == "/counter"
    assert payload["modules"][0]["class"].endswith("modules:CounterModule")
    assert payload["modules"][0]["state"] == {"count": 0}
    assert payload["islands"][0]["component"].endswith("components:CounterCard")
    assert payload["islands"][0]["module"] == payload["modules"][0]["id"]


def test_dynamic_route_gets_its_param(client):
    html = client.get("/blog/hello-world?q=x").get_data(as_text=True)
    assert '<h1 class="slug">hello-world</h1>' in html and '<p class="query">x</p>' in html


def test_literal_route_wins_over_dynamic_sibling(client):
    assert "Write a new post" in client.get("/blog/new").get_data(as_text=True)


def test_catch_all_route_gets_a_list(client):
    html = client.get("/docs/guide/install/linux").get_data(as_text=True)
    assert re.findall(r'<li class="segment">(\w+)</li>', html) == ["guide", "install", "linux"]


def test_redirect_from_load_is_an_http_redirect(client):
    response = client.get("/go")
    assert response.status_code == 303 and response.headers["Location"] == "/counter"


def test_unknown_path_is_404(client):
    assert client.get("/no/such/page").status_code == 404


def test_hostile_load_data_is_escaped_in_markup(client):
    html = client.get("/hostile").get_data(as_text=True)
    body = html.split('id="sprag-payload">')[0]
    assert "<script>window" not in body and "<img src=x" not in body
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned = 1" in body


def test_hostile_load_data_cannot_break_out_of_the_payload(client):
    html = client.get("/hostile").get_data(as_text=True)
    raw = html.split('id="sprag-payload">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw and "\u2028" not in raw and "\u2029" not in raw
    state = json.loads(raw)["modules"][0]["state"]
    assert state["text"].startswith("</script><script>") and "\u2028" in state["text"]


def test_hybrid_page_sets_an_httponly_csrf_cookie_and_no_session(client, basic):
    cookie = client.get("/counter").headers["Set-Cookie"]
    assert cookie.startswith("sprag_csrf=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert len(basic.session_store) == 0


def test_cookieless_visits_of_a_hybrid_page_create_no_sessions(basic):
    for _ in range(50):
        response = basic.flask.test_client(use_cookies=False).get("/counter")
        assert response.status_code == 200 and "sprag_sid" not in response.headers.get("Set-Cookie", "")
    assert len(basic.session_store) == 0


def test_a_visitor_with_a_csrf_cookie_keeps_its_token(client):
    first = page_payload(client.get("/counter").get_data(as_text=True))["csrf"]
    second = client.get("/counter")
    assert "Set-Cookie" not in second.headers
    assert page_payload(second.get_data(as_text=True))["csrf"] == first


def test_document_page_sets_no_cookie(client):
    assert "Set-Cookie" not in client.get("/").headers


def test_mount_serves_an_empty_root_and_boot_state(client):
    html = client.get("/dashboard").get_data(as_text=True)
    assert '<div data-sprag-mount="root"></div>' in html
    mount = page_payload(html)["mount"]
    assert mount["component"].endswith(":DashboardView") and mount["state"]["items"] == ["alpha", "beta"]


def test_app_describes_surfaces_with_actions_and_schemas(basic):
    lab = next(s for s in basic.describe() if s["path"] == "/lab")
    add = next(a for a in lab["actions"] if a["name"] == "add")
    assert add["schema"] is not None
    assert {a["name"] for a in lab["actions"]} >= {"add", "boom", "refuse", "leave", "whoami"}


def test_socketio_endpoint_answers_websocket_only(client):
    # long-polling is refused (websocket-only transport: no sticky sessions needed)
    response = client.get("/socket.io/?EIO=4&transport=polling")
    assert response.status_code == 400
