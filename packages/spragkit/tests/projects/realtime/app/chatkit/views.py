from app.stores import board
from sprag import Component, Module, ui


class ChatView(Component):
    def render(self, props=None):
        return ui.div(
            ui.button("send", data_role="send"),
            ui.button("join", data_role="join"),
            ui.button("leave", data_role="leave"),
            ui.button("whoami", data_role="whoami"),
            ui.button("notify session", data_role="notify_session"),
            ui.button("notify room", data_role="notify_room"),
            ui.button("notify me", data_role="notify_me"),
            ui.button("notify lobby", data_role="notify_lobby"),
            ui.button("marker", data_role="marker"),
            ui.button("start job", data_role="start_job"),
            ui.button("bump", data_role="bump"),
            ui.button("clock", data_role="clock"),
            ui.button("double", data_role="double"),
            ui.button("exact", data_role="exact"),
            ui.ul([ui.li(line) for line in self.state["log"]], class_="log"),
            class_="chat",
        )


class ChatModule(Module):
    def __init__(self, screen=None, state=None):
        super().__init__(screen=screen, state=state or {"log": []})

    def on_start(self):
        self.on_socket("chat:reply", self.on_reply)
        self.on_socket("upload:changed", lambda p: self.record("upload:changed " + p["reason"]))
        self.on_socket("room:notice", lambda p: self.record("room:notice " + p["room"]))
        self.on_socket("private:notice", lambda p: self.record("private:notice"))
        self.on_socket("route:notice", lambda p: self.record("route:notice " + p["path"]))
        self.on_socket("marker", lambda p: self.record("marker"))
        self.on_socket("chat:doubled", lambda p: self.record("doubled " + str(p["n"] + 1)))
        self.listen("log", self.record)
        self.subscribe(board, self.on_board)
        self.delegate(self.element, "click", "button", self.on_click)

    def send(self, text):
        self.emit_socket("chat:message", {"text": text}).then(self.on_ack)

    def on_reply(self, payload):
        self.record("reply " + payload["text"])

    def on_ack(self, ack):
        self.record("ack " + ack["echo"])

    def on_board(self, state):
        self.record("board " + str(state["count"]))

    def on_clock(self, value):
        self.clock_seen += 1
        if self.clock_seen <= 3:
            self.record("clock " + value[:2])

    def on_exact(self, value):
        # a snowflake-sized int and an integral float, from the GET and from a message
        self.record("exact " + value["via"] + " " + str(value["id"] + 1) + " " + str(value["ratio"]))

    def record(self, line):
        self.set_state({"log": self.state["log"] + [line]})

    def on_click(self, event):
        role = event.target.get_attribute("data-role")
        if role == "send":
            self.send("hello")
        elif role == "join":
            self.join_topic("room:alpha").then(lambda ack: self.record("joined " + str(ack["ok"])))
        elif role == "clock":
            self.clock_seen = 0
            self.stream("/datetime/", self.on_clock)
        elif role == "exact":
            self.stream("/exact/", self.on_exact)
        elif role == "double":
            # a snowflake-sized int (a BigInt here) crosses the socket exactly, both ways
            self.emit_socket("chat:double", {"n": 1234567890123456789012}).then(
                lambda ack: self.record("double " + str(ack["n"]) + " " + ack["repr"]))
        elif role == "leave":
            self.leave_topic("room:alpha")
        elif role == "whoami":
            self.emit_socket("chat:whoami", {}).then(lambda me: self.record("client " + me["client_id"]))
        else:
            self.call_action(role, {})


class UploadModule(Module):
    def on_start(self):
        self.join_topic("upload:123")
        self.on_socket("upload:changed", self.on_changed)
        self.refetch_on_socket("upload:changed", "status", {}, self.on_refetched)

    def on_refetched(self, result):
        self.emit("log", "refetched " + result.value["state"])

    def on_changed(self, payload):
        self.call_action("status", {}).then(self.on_status)

    def on_status(self, result):
        self.emit("log", "status " + result.value["state"])


class JobModule(Module):
    def on_start(self):
        self.listen("lab:job.done", self.on_job_done)

    def on_job_done(self, item):
        self.emit("log", "job " + item["label"])
