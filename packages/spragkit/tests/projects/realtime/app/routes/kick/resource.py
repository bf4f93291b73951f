"""Test hooks reached without a page: broadcast, and emit to a topic."""

from specter import Resource
from sprag import bus, resource


class Kick(Resource):
    def get(self, n):
        bus.emit("sprag:broadcast", {"event": "log", "payload": f"kick {n}"})
        from sprag.realtime import emit_socket

        emit_socket("room:notice", {"room": f"alpha {n}"}, topic="room:alpha")
        return {"n": n}


kick = resource("/kick/<int:n>/", handler=Kick)


class Nobody(Resource):
    def get(self):
        from sprag.realtime import emit_socket

        emit_socket("nobody", {"x": 1}, session_id=None)  # a visitor without a session
        emit_socket("everyone", {"x": 2})
        return "ok"


nobody = resource("/nobody/", handler=Nobody)
