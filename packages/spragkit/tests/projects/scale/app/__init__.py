"""The scale-out test app: run as several `sprag serve` processes ("hosts") sharing the Redis
of SPRAG_REDIS_URL. Sign-in, session data, a slow job queue (short visibility timeout), and
(with realtime) socket/SSE/live-store traffic."""

import os

import gevent

from sprag import App, AuthService, QueueService

USERS = {"ada": {"id": 1, "name": "Ada", "password": "correct horse"}}


class Users(AuthService):
    public_fields = ("id", "name")

    def authenticate(self, username, password):
        row = USERS.get(username)
        if row is None or row["password"] != password:
            return None
        return {"id": row["id"], "name": row["name"]}


class SlowQueue(QueueService):
    """Steps of SCALE_STEP seconds; a dead worker's job is reclaimed after 2 s."""

    visibility_timeout = float(os.environ.get("SCALE_VISIBILITY", "2"))
    max_attempts = int(os.environ.get("SCALE_ATTEMPTS", "3"))

    def handle_item(self, item):
        steps = int(item.get("steps", 3))
        for step in range(steps):
            self.check_cancelled()
            gevent.sleep(float(os.environ.get("SCALE_STEP", "0.3")))
            self.report_progress(current=step + 1, total=steps, message=f"host {os.environ.get('SCALE_HOST', '?')}")
        return {"label": item["label"], "host": os.environ.get("SCALE_HOST", "?")}


app = App(auth_service=Users(), providers={
    "work": SlowQueue("work", worker_count=2, maxsize=int(os.environ.get("SCALE_MAXSIZE", "0"))),
})
