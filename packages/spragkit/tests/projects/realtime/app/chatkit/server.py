from sprag import Controller, HTTPError, action

from ..stores import board


class ChatController(Controller):
    def load(self):
        # session targeting needs a session: this page makes one for every visitor
        self.request.ensure_session()
        return {"log": []}

    def build_events(self, handler):
        handler.on("chat:message", self.handle_message)
        handler.on("chat:whoami", self.whoami)
        handler.on("chat:boom", self.boom)
        handler.on("chat:deny", self.deny)
        handler.on("chat:double", self.double)

    def handle_message(self, payload):
        text = payload["text"]
        self.emit_socket("chat:reply", {"text": text.upper()})
        return {"ok": True, "echo": text}

    def whoami(self, payload):
        from flask import current_app

        bridge = current_app.extensions["sprag.realtime"].sockets
        return {"session_id": self.request.session_id, "client_id": self.request.client_id,
                "path": self.request.path, "topics": sorted(bridge.client().topics)}

    def double(self, payload):
        # ints past 2**53 cross the socket exactly, both ways (sprag.wire)
        n = payload["n"]
        self.emit_socket("chat:doubled", {"n": n * 2}, client_id=self.request.client_id)
        return {"n": n * 2, "type": type(n).__name__, "repr": repr(n)}

    def boom(self, payload):
        raise RuntimeError("secret internal detail")

    def deny(self, payload):
        raise HTTPError("not yours", 403)

    def authorize_topic(self, topic):
        return not topic.startswith("secret:")

    @action
    def notify_session(self):
        self.emit_socket("upload:changed", {"reason": "stored"}, session_id=self.request.session_id)

    @action
    def notify_room(self):
        self.emit_socket("room:notice", {"room": "alpha"}, topic="room:alpha")

    @action
    def notify_me(self):
        self.emit_socket("private:notice", {"ok": True}, client_id=self.request.client_id)

    @action
    def notify_lobby(self):
        self.emit_socket("route:notice", {"path": "/lobby"}, route="/lobby")

    @action
    def marker(self):
        self.emit_socket("marker", {"n": 1})

    @action
    def start_job(self):
        return self.enqueue("lab_queue", {"label": "done"})

    @action
    def bump(self):
        board.patch({"count": board.get("count") + 1})
        return board.get("count")

    @action
    def status(self):
        return {"state": "stored"}
