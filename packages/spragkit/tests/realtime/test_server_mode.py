"""server_mode: "auto" turns the socket on only when a surface uses it; "wsgi" refuses."""

from __future__ import annotations

from conftest import PROJECTS


def test_auto_leaves_sockets_off_for_an_app_that_uses_none(load_project):
    app = load_project("basic", mode="dev")
    assert app.config.server_mode == "auto"
    assert app.socket_transport == "none"
    app.start()  # every request starts the app first (the WSGI entry), socket connects too
    client = app.socketio.test_client(app.flask, auth={"csrf": "x", "client": "c1", "path": "/"})
    assert not client.is_connected()


def test_auto_turns_sockets_on_when_a_surface_uses_them(load_project, monkeypatch, tmp_path):
    monkeypatch.setenv("SPRAG_TEST_SESSIONS", str(tmp_path / "s.json"))
    app = load_project("realtime", mode="dev", root=PROJECTS / "realtime")
    assert app.socket_transport == "websocket"


def test_uses_sockets_reads_controllers_and_browser_code():
    from sprag import Controller
    from sprag.realtime import uses_sockets

    class Plain(Controller):
        pass

    class Chat(Controller):
        def build_events(self, handler):
            handler.on("chat:message", print)

    assert not uses_sockets([Plain], ["def on_start(self):\n    self.listen('x', f)"])
    assert uses_sockets([Chat], [])
    assert uses_sockets([Plain], ["self.join_topic('room:a')"])
