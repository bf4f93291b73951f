"""A resource whose value and message carry what plain JSON loses in a browser: an int past
2**53 and an integral float (the page's stream() gets them exact)."""

from specter import Resource
from sprag import resource
from sprag.wire import to_json

SNOWFLAKE = 1234567890123456789012


class Exact(Resource):
    def get(self):
        return {"via": "get", "id": SNOWFLAKE, "ratio": 2.0}

    def websocket(self, ws):
        ws.send(to_json({"via": "message", "id": SNOWFLAKE * 2, "ratio": 3.0}))
        while not ws.closed:  # until the page goes
            ws.receive(timeout=1.0)


exact = resource("/exact/", handler=Exact)
