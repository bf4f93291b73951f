"""resource(path, handler=...) declared next to pages: GET value, plain WebSocket stream,
the same-origin guard on upgrades; against a real server process."""

from __future__ import annotations

import urllib.request

import pytest
from rtserver import RealtimeServer
from wsclient import WSClient

from specter import Resource
from sprag import resource


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = RealtimeServer(tmp_path_factory.mktemp("rt") / "sessions.json").start()
    yield srv
    srv.stop()


def test_get_answers_the_current_value(server):
    with urllib.request.urlopen(f"{server.url}/datetime/", timeout=30) as r:
        assert r.headers.get_content_type() == "text/plain"
        assert r.read().decode()[:2] == "20"


def test_a_plain_websocket_client_streams_the_same_url(server):
    ws = WSClient("127.0.0.1", server.port, "/datetime/", {"Origin": server.url})
    values = [ws.receive() for _ in range(3)]
    ws.close()
    assert all(v[:2] == "20" for v in values) and values == sorted(values)


def test_a_websocket_client_without_an_origin_is_served(server):
    # not a browser (wscat, a service): nothing to forge, nothing to refuse
    ws = WSClient("127.0.0.1", server.port, "/datetime/")
    assert ws.receive()[:2] == "20"
    ws.close()


def test_a_cross_site_upgrade_is_refused(server):
    with pytest.raises(ConnectionError) as info:
        WSClient("127.0.0.1", server.port, "/datetime/", {"Origin": "http://evil.example"})
    assert str(info.value).startswith("HTTP/1.1 403")


def test_url_parameters_reach_the_resource(server):
    with urllib.request.urlopen(f"{server.url}/kick/4/", timeout=30) as r:
        assert r.read() == b'{"n":4}\n'


def test_pages_still_take_the_fast_path_next_to_resources(server):
    with urllib.request.urlopen(f"{server.url}/chat", timeout=30) as r:
        assert r.status == 200 and b"sprag-payload" in r.read()
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{server.url}/nowhere", timeout=30)
    assert info.value.code == 404


def test_resource_needs_a_resource_handler():
    with pytest.raises(TypeError, match="handler is required"):
        resource("/x/")
    with pytest.raises(TypeError, match="Resource subclass"):
        resource("/x/", handler=dict)


def test_resource_path_accepts_the_page_folder_syntax():
    class Thing(Resource):
        def get(self, slug):
            return slug

    assert resource("/things/[slug]/", handler=Thing).path == "/things/<slug>/"


def test_a_packed_routes_tree_with_only_bytecode_still_declares_its_resources(tmp_path, monkeypatch):
    """`sprag pack` ships resource.pyc/page.pyc without the .py: the resources are found."""
    import py_compile
    import sys

    from sprag.realtime.resources import discover_resources

    folder = tmp_path / "packedres" / "routes" / "clock"
    folder.mkdir(parents=True)
    for package in (tmp_path / "packedres", tmp_path / "packedres" / "routes"):
        (package / "__init__.py").write_text("")
    source = folder / "resource.py"
    source.write_text(
        "from specter import Resource\nfrom sprag import resource\n\n\n"
        "class Clock(Resource):\n    def get(self):\n        return 'now'\n\n\n"
        "clock = resource('/clock/now/', handler=Clock)\n"
    )
    py_compile.compile(str(source), cfile=str(folder / "resource.pyc"))
    source.unlink()
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        found = discover_resources("packedres.routes")
    finally:
        for name in [n for n in sys.modules if n == "packedres" or n.startswith("packedres.")]:
            del sys.modules[name]
    assert [decl.path for decl in found] == ["/clock/now/"]
