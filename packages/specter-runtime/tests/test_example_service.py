"""The README's standalone service runs end to end with only specter-runtime."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import gevent

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "thumbnail_service.py"


def load_example():
    spec = importlib.util.spec_from_file_location("thumbnail_service", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_service_queues_jobs_and_pushes_socket_events():
    app, socketio, manager = load_example().create_app()
    try:
        http = app.test_client()
        sock = socketio.test_client(app)
        res = http.post("/api/jobs", json={"path": "a.png", "size": "64"})
        assert res.status_code == 202 and res.get_json()["size"] == 64
        bad = http.post("/api/jobs", json={"size": 4})
        assert bad.status_code == 400
        assert bad.get_json()["errors"] == {"path": "required", "size": "must be at least 16"}
        for _ in range(100):
            if http.get("/api/jobs").get_json()["jobs"][0]["status"] == "done":
                break
            gevent.sleep(0.01)
        assert http.get("/api/jobs").get_json()["jobs"][0]["status"] == "done"
        assert [r["name"] for r in sock.get_received()] == ["job.done"]
        assert sock.emit("jobs.count", {}, callback=True) == {"done": 1}
        names = [c["name"] for c in http.get("/api/health").get_json()["components"]]
        assert names == ["thumbnails", "disk", "jobs", "JobEvents"]
    finally:
        manager.shutdown()
