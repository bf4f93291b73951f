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


class _FileNamesASocketCall:
    """Defined in this file, whose text names join_topic."""


def test_may_use_sockets_reads_inspect_only_for_files_naming_a_socket_call():
    from sprag.realtime.sockets import may_use_sockets
    from sprag.toolchain.errors import BuildError

    files: dict = {}
    assert not may_use_sockets(BuildError, files)  # sprag/toolchain/errors.py names none
    assert may_use_sockets(_FileNamesASocketCall, files)
    assert len(files) == 2  # each file read once, then reused
    assert may_use_sockets(type("Dynamic", (), {"__module__": "no.such.module"}), files)
