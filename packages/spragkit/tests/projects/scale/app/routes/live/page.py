import os

from specter import bus
from sprag import Controller, Field, Schema, Screen, action, page, ui

from ...stores import tally


class LiveController(Controller):
    route = "/live"

    def load(self):
        self.request.ensure_session()
        return {"count": tally.get("count")}

    def build_events(self, handler):
        handler.on("live:hello", lambda payload: {"host": os.environ.get("SCALE_HOST")})

    def authorize_topic(self, topic):
        return topic.startswith("room:")

    @action(schema=Schema("shout", {"topic": Field(str, required=True), "n": Field(int, required=True)}))
    def shout(self, topic, n):
        self.emit_socket("room:shout", {"n": n, "from": os.environ.get("SCALE_HOST")}, topic=topic)
        return {"sent": n}

    @action(schema=Schema("poke", {"n": Field(int, required=True)}))
    def poke(self, n):
        self.emit_socket("me:poke", {"n": n}, session_id=self.request.session_id)
        return {"sent": n}

    @action(schema=Schema("announce", {"n": Field(int, required=True)}))
    def announce(self, n):
        bus.emit("sprag:broadcast", {"event": "news", "payload": {"n": n, "from": os.environ.get("SCALE_HOST")}})
        return {"sent": n}

    @action
    def bump(self):
        tally.patch({"count": tally.get("count") + 1})
        return tally.get("count")

    @action
    def count(self):
        return tally.get("count")


class LiveScreen(Screen):
    def render(self, data):
        return ui.p(f"count={data['count']}", id="count")


live = page(path="/live", controller=LiveController, screen=LiveScreen, mode="hybrid")
