"""A small standalone backend built only with specter-runtime.

    python examples/thumbnail_service.py          # serves on http://127.0.0.1:5050

POST /api/jobs {"path": "a.png", "size": 128} queues a job; GET /api/jobs lists them;
GET /api/health reports every service; Socket.IO clients get "job.done" events and can ask
"jobs.count" for an ack with the number of finished jobs.
"""

from __future__ import annotations

import time

from flask import Flask, request
from flask_socketio import SocketIO

from specter import (
    Controller,
    Field,
    Handler,
    QueueService,
    Schema,
    Watcher,
    boot,
    registry,
    route,
)


class ThumbnailQueue(QueueService):
    """Renders thumbnails in two worker greenlets; finished jobs go on the bus."""

    def __init__(self):
        super().__init__("thumbnails", worker_count=2, maxsize=100)

    def handle_item(self, job):
        time.sleep(0)  # the real work (PIL, ffmpeg via self.start_process, ...) goes here
        job["status"] = "done"
        self.emit("job.done", job)


class JobsController(Controller):
    name = "jobs"
    schemas = {
        "create": Schema("create", {
            "path": Field(str, required=True, min=1),
            "size": Field(int, default=128, min=16, max=1024),
        }),
    }

    def on_start(self):
        self.jobs = self.create_model("jobs", {"items": []})
        self.listen("job.done", self._finished)

    def _finished(self, job):
        self.jobs.update(lambda items: [j if j["id"] != job["id"] else job for j in items],
                         path="items")

    @route("/api/jobs", methods=["POST"])
    def create(self):
        clean = self.schema("create").require(request.get_json(silent=True))
        job = {"id": len(self.jobs.get("items")) + 1, "status": "queued", **clean}
        self.jobs.update(lambda items: items + [job], path="items")
        if not registry.require("thumbnails").enqueue(dict(job)):
            return {"error": "queue is full, retry later"}, 503
        return job, 202

    @route("/api/jobs", methods=["GET"])
    def list_jobs(self):
        return {"jobs": self.jobs.get("items")}

    @route("/api/health", methods=["GET"])
    def health_report(self):
        return self.app.extensions["specter"].health()


class JobEvents(Handler):
    events = {"jobs.count": "count"}

    def on_start(self):
        self.listen("job.done", lambda job: self.emit_socket("job.done", job))

    def count(self, data=None):
        jobs = registry.require("jobs").jobs.get("items")
        return {"done": sum(1 for j in jobs if j["status"] == "done")}


def create_app():
    app = Flask(__name__)
    socketio = SocketIO(app)
    disk = Watcher("disk", poll=lambda: {"checked_at": time.time()}, interval=30.0)
    manager = boot(
        app,
        socketio,
        services=[ThumbnailQueue(), disk],
        controllers=[JobsController()],
        handlers=[JobEvents()],
    )
    return app, socketio, manager


if __name__ == "__main__":
    app, socketio, manager = create_app()
    try:
        socketio.run(app, host="127.0.0.1", port=5050)
    finally:
        manager.shutdown()
