"""RESTSockets (the Spa seed): GET /datetime/ is the current value, a WebSocket streams it."""

from datetime import datetime

import gevent

from specter import Resource
from sprag import resource


class Clock(Resource):
    route = "/datetime/"

    def get(self):
        return datetime.now().isoformat()

    def websocket(self, ws):
        while ws.send(datetime.now().isoformat()):
            gevent.sleep(0.2)


clock = resource("/datetime/", handler=Clock)


class ClockSockets(Resource):
    def get(self):
        return {"open": clock.handler.open_sockets()}


clock_sockets = resource("/clock-sockets/", handler=ClockSockets)
