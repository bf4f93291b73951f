"""Ints past 2**53 cross the JSON boundary exactly, both ways (sprag.wire)."""

from sprag import Controller, Field, Schema, Screen, action, hydrate, page

from .views import BigCard, BigModule

SNOWFLAKE = 1234567890123456789012


class BigController(Controller):
    received = []  # what the echo action got, for tests that run the app in-process

    def load(self):
        return {"id": SNOWFLAKE, "small": 7, "ids": [2**53, -(2**64)], "tag": {"$i": "5"}, "echo": ""}

    @action(schema=Schema("echo", {"id": Field(int, required=True), "ids": Field(list)}))
    def echo(self, id, ids=None):
        type(self).received.append(id)
        return {"repr": repr(id), "type": type(id).__name__, "next": id + 1, "ids": ids}


class BigScreen(Screen):
    modules = [BigModule]

    def render(self, data):
        return hydrate(BigCard, module=self.module(BigModule, state=data))


bigints = page(path="/bigints", controller=BigController, screen=BigScreen, mode="hybrid")
