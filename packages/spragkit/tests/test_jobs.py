"""The job contract (seed "Background Jobs") through real actions: Flask test client, real
gevent workers, the seed's BuildQueue and BuildController verbatim (projects/jobs)."""

from __future__ import annotations

import logging
import time

import gevent
import pytest
from conftest import ActionClient

RECORD_KEYS = {"id", "queue", "label", "state", "progress", "result", "error", "created",
               "started", "finished", "meta"}


@pytest.fixture
def jobs_app(load_project, monkeypatch):
    monkeypatch.delenv("JOBS_STEP_DELAY", raising=False)
    return load_project("jobs")


@pytest.fixture
def paced(load_project, monkeypatch):
    """The same project with a pause before every step, so jobs can be watched and cancelled."""
    monkeypatch.setenv("JOBS_STEP_DELAY", "0.05")
    return load_project("jobs")


def browser(app, path="/jobs"):
    return ActionClient(app.flask.test_client(), path)


def untag(data):
    """The action wire tags integral floats ({"$f": 100.0}); read them back as floats."""
    if isinstance(data, dict):
        if set(data) == {"$f"}:
            return float(data["$f"])
        return {k: untag(v) for k, v in data.items()}
    if isinstance(data, list):
        return [untag(v) for v in data]
    return data


def value(response):
    body = response.get_json()
    assert response.status_code == 200, body
    assert body["ok"] is True
    return untag(body["value"])


def wait_for(predicate, timeout=3.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        gevent.sleep(0.01)
    raise AssertionError("condition not met in time")


def state_of(client, job_id):
    return value(client.call("status", {"job_id": job_id}))


def settled(client, job_id, state):
    return wait_for(lambda: (lambda r: r if r["state"] == state else None)(state_of(client, job_id)))


def test_seed_example_start_then_status_completes_with_the_result(jobs_app):
    tab = browser(jobs_app)
    started = value(tab.call("start", {"label": "docs"}))
    assert started["accepted"] is True and started["queue"] == "build_queue"
    assert started["message"] == "Job queued"
    job = started["job"]
    assert set(job) == RECORD_KEYS and job["state"] == "queued" and job["label"] == "docs"
    done = settled(tab, job["id"], "completed")
    assert done["result"] == {"label": "docs"}
    assert done["progress"] == {"current": 3, "total": 3, "percent": 100.0,
                                "message": "Building docs (3/3)..."}
    assert done["error"] is None
    assert done["created"] <= done["started"] <= done["finished"]


def test_a_running_job_reports_progress_through_status(paced):
    tab = browser(paced)
    job = value(tab.call("start", {"label": "site"}))["job"]
    seen = wait_for(lambda: (lambda r: r if r["progress"]["current"] == 2 else None)(state_of(tab, job["id"])))
    assert seen["state"] == "running"
    assert seen["progress"]["percent"] == 66.7
    assert seen["progress"]["message"] == "Building site (2/3)..."


def test_cancel_a_running_job_goes_cancelling_then_cancelled(paced):
    tab = browser(paced)
    job = value(tab.call("start", {"label": "long"}))["job"]
    wait_for(lambda: state_of(tab, job["id"])["state"] == "running")
    answer = value(tab.call("cancel", {"job_id": job["id"]}))
    assert answer["state"] == "cancelling"
    final = settled(tab, job["id"], "cancelled")
    assert final["result"] is None and final["error"] is None
    assert (final["progress"]["current"] or 0) < 3


def test_cancel_a_queued_job_is_cancelled_at_once(paced):
    tab = browser(paced)
    # two workers: the third job waits in the queue
    for label in ("a", "b"):
        value(tab.call("start", {"label": label}))
    gevent.sleep(0.01)  # the workers take a and b
    queued = value(tab.call("start", {"label": "c"}))["job"]
    assert state_of(tab, queued["id"])["state"] == "queued"
    answer = value(tab.call("cancel", {"job_id": queued["id"]}))
    assert answer["state"] == "cancelled" and answer["finished"] is not None
    assert paced.jobs.queue("build_queue").pending_count() == 0


def test_cancel_a_finished_job_changes_nothing(jobs_app):
    tab = browser(jobs_app)
    job = value(tab.call("start", {"label": "x"}))["job"]
    done = settled(tab, job["id"], "completed")
    assert value(tab.call("cancel", {"job_id": job["id"]})) == done


def test_a_failing_job_is_failed_with_a_generic_error_and_the_traceback_only_in_the_log(load_project, monkeypatch, caplog):
    app = load_project("jobs", mode="production")
    tab = browser(app)
    with caplog.at_level(logging.ERROR):
        job = value(tab.call("start", {"label": "explode"}))["job"]
        failed = settled(tab, job["id"], "failed")
    assert failed["error"] == "The job failed on the server"
    assert "secret" not in str(failed)
    assert failed["progress"]["message"] == "about to fail"
    assert "secret-db-password" in caplog.text and "Traceback" in caplog.text
    assert job["id"] in caplog.text


def test_in_dev_a_failing_job_names_the_exception(jobs_app):
    tab = browser(jobs_app)
    job = value(tab.call("start", {"label": "explode"}))["job"]
    failed = settled(tab, job["id"], "failed")
    assert failed["error"] == "RuntimeError: secret-db-password in a stack frame"


def test_another_session_cannot_see_or_cancel_the_job(paced):
    mine, theirs = browser(paced), browser(paced)
    job = value(mine.call("start", {"label": "private"}))["job"]
    for action in ("status", "cancel"):
        response = theirs.call(action, {"job_id": job["id"]})
        assert response.status_code == 404
        assert response.get_json()["error"] == f"No job {job['id']!r} on queue 'build_queue'"
    assert state_of(mine, job["id"])["state"] in ("queued", "running")
    settled(mine, job["id"], "completed")


def test_an_app_hook_may_widen_who_sees_a_job(paced, monkeypatch):
    from app.routes.jobs.server import BuildController

    mine, admin = browser(paced), browser(paced)
    job = value(mine.call("start", {"label": "shared"}))["job"]
    monkeypatch.setattr(BuildController, "authorize_job", lambda self, job: True, raising=False)
    assert value(admin.call("status", {"job_id": job["id"]}))["id"] == job["id"]


def test_unknown_job_id_is_404_not_500(jobs_app):
    tab = browser(jobs_app)
    response = tab.call("status", {"job_id": "nope"})
    assert response.status_code == 404
    assert response.get_json()["error"] == "No job 'nope' on queue 'build_queue'"


def test_enqueue_on_an_unknown_queue_is_not_accepted(jobs_app):
    probe = browser(jobs_app, "/probe")
    answer = value(probe.call("put", {"queue": "nope", "label": "x"}))
    assert answer == {"accepted": False, "job": None, "queue": "nope",
                      "message": "Unknown queue 'nope' (known queues: build_queue, tiny_queue)"}


def test_enqueue_on_a_full_queue_is_not_accepted(jobs_app):
    probe = browser(jobs_app, "/probe")
    first = value(probe.call("put", {"queue": "tiny_queue", "label": "1"}))
    gevent.sleep(0.01)  # the only worker takes job 1
    second = value(probe.call("put", {"queue": "tiny_queue", "label": "2"}))
    third = value(probe.call("put", {"queue": "tiny_queue", "label": "3"}))
    assert first["accepted"] and second["accepted"]
    assert third["accepted"] is False and third["job"] is None
    assert third["message"] == "Queue 'tiny_queue' is full (1 waiting); try again later"


def test_enqueue_on_a_stopped_queue_is_not_accepted(jobs_app):
    probe = browser(jobs_app, "/probe")
    jobs_app.jobs.queue("tiny_queue").stop()
    answer = value(probe.call("put", {"queue": "tiny_queue", "label": "x"}))
    assert answer["accepted"] is False
    assert answer["message"].startswith("Queue 'tiny_queue' is not running")


def test_job_id_meta_and_duplicate_ids(jobs_app):
    probe = browser(jobs_app, "/probe")
    answer = value(probe.call("put", {"queue": "build_queue", "label": "x", "job_id": "build-7"}))
    assert answer["job"]["id"] == "build-7" and answer["job"]["meta"] == {"by": "probe"}
    again = value(probe.call("put", {"queue": "build_queue", "label": "y", "job_id": "build-7"}))
    assert again["accepted"] is False
    assert again["message"] == "A job with id 'build-7' already exists on queue 'build_queue'"
    bad = value(probe.call("put", {"queue": "build_queue", "label": "y", "job_id": "../x"}))
    assert bad["accepted"] is False and "job_id must be" in bad["message"]


def test_every_change_is_signalled_to_the_owner_with_progress_coalesced(paced):
    sent = []
    paced.jobs.set_emitter(lambda event, payload, session_id: sent.append((event, payload, session_id)))
    tab = browser(paced)
    job = value(tab.call("start", {"label": "sig"}))["job"]
    settled(tab, job["id"], "completed")
    session_id = paced.session_store.load(tab.client.get_cookie("sprag_sid").value,
                                          paced.session_policy).id
    assert {event for event, _, _ in sent} == {"sprag:queue.job.changed"}
    assert {sid for _, _, sid in sent} == {session_id}
    states = [p["state"] for _, p, _ in sent]
    assert states[0] == "queued" and states[-1] == "completed" and "running" in states
    assert set(sent[-1][1]) == {"queue", "job_id", "state", "progress"}
    assert sent[-1][1]["progress"]["current"] == 3


def test_progress_signals_are_at_most_about_ten_per_second(load_project, monkeypatch):
    monkeypatch.setenv("JOBS_STEP_DELAY", "0")
    app = load_project("jobs")
    sent = []
    app.jobs.set_emitter(lambda event, payload, session_id: sent.append((time.monotonic(), payload)))
    queue = app.jobs.queue("build_queue")

    def chatty(item):  # 200 progress reports in ~0.4 s
        for n in range(200):
            queue.report_progress(current=n + 1, total=200)
            gevent.sleep(0.002)
        return "ok"

    monkeypatch.setattr(queue, "handle_item", chatty)
    queue.stop(drain=False)
    queue.start()  # the workers pick up the patched handle_item
    tab = browser(app)
    job = value(tab.call("start", {"label": "chatty"}))["job"]
    wait_for(lambda: sent and sent[-1][1]["state"] == "completed", timeout=20)
    progress = [(t, p) for t, p in sent if p["state"] == "running"]
    span = progress[-1][0] - progress[0][0]
    assert len(progress) <= span * 10 + 3, (len(progress), span)
    assert sent[-1][1]["progress"]["current"] == 200  # the final one is always delivered
    assert job["id"] == sent[-1][1]["job_id"]


def test_routes_and_providers_registry(jobs_app):
    from specter import registry

    jobs_app.start()
    assert registry.resolve("build_queue") is jobs_app.jobs.queue("build_queue")
    assert [q["name"] for q in jobs_app.jobs.describe()] == ["build_queue", "tiny_queue"]


def test_shutdown_reports_queued_jobs_cancelled_server_stopped(paced):
    tab = browser(paced)
    ids = [value(tab.call("start", {"label": str(n)}))["job"]["id"] for n in range(5)]
    sent = []
    paced.jobs.set_emitter(lambda event, payload, session_id: sent.append(payload))
    for queue in ("build_queue", "tiny_queue"):
        paced.jobs.queue(queue).drain_timeout = 0
    paced.stop()
    records = [paced.jobs.get("build_queue", job_id) for job_id in ids]
    assert all(r.final for r in records)
    stopped = [r for r in records if r.state == "cancelled"]
    assert stopped and all(r.error == "server stopped" for r in stopped)
    assert {p["job_id"] for p in sent if p["state"] == "cancelled"} == {r.id for r in stopped}
