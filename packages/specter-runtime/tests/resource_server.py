"""A real gevent server with RESTSockets resources, run as a subprocess by test_resources.py."""

from gevent import monkey

monkey.patch_all()

import sys  # noqa: E402

import gevent  # noqa: E402
from flask import Flask  # noqa: E402
from gevent.pywsgi import WSGIServer  # noqa: E402

from specter import HTTPError, Resource, boot  # noqa: E402


class Clock(Resource):
    route = "/datetime/"

    def __init__(self):
        super().__init__()
        self.ticks = 0

    def get(self):
        return f"tick {self.ticks}"

    def websocket(self, ws):
        while ws.send(f"tick {self.ticks}"):
            self.ticks += 1
            gevent.sleep(0.05)


class Hello(Resource):
    route = "/hello/<name>/"

    def get(self, name):
        return {"hello": name}

    def websocket(self, ws, name):
        ws.send("hello " + name)
        while True:
            text = ws.receive()
            if text is None:
                return
            if text == "bye":
                ws.close()
                return
            if text == "boom":
                raise RuntimeError("handler failed")
            ws.send("hello " + text)


class OnlyValue(Resource):
    route = "/value/"

    def get(self):
        return [1, 2, 3]


class Locked(Resource):
    route = "/locked/"

    def get(self):
        raise HTTPError("sign in first", 401)


class StopClock(Resource):
    route = "/stop-clock/"

    def get(self):
        clock.stop()
        return "stopped"


clock = Clock()
app = Flask(__name__)
app.config["TRAP_BAD_REQUEST_ERRORS"] = "--debug" in sys.argv
manager = boot(app, resources=[clock, Hello(), OnlyValue(), Locked(), StopClock()])
server = WSGIServer(("127.0.0.1", int(sys.argv[1])), app, log=None)
print("ready", flush=True)
server.serve_forever()
