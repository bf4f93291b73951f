"""The seed's Background Jobs example in headless Chromium against a real server process:
progress through socket signals + status refetches, cancel, failure, reload, sessions, and
refused enqueues (projects/jobs; marked browser)."""

from __future__ import annotations

import pytest
from conftest import PROJECTS
from livesrv import LiveServer
from test_browser import browser  # noqa: F401 - the shared Chromium fixture

pytestmark = pytest.mark.browser

STEP = 0.5  # seconds before each of the seed's three steps


@pytest.fixture(scope="module")
def server():
    srv = LiveServer(PROJECTS / "jobs", mode="production",
                     env={"JOBS_STEP_DELAY": str(STEP), "SECRET_KEY": "jobs-browser-test-key"})
    yield srv
    srv.stop()


@pytest.fixture
def new_page(browser):  # noqa: F811
    contexts = []

    def make():
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        return page

    yield make
    for context in contexts:
        context.close()


def open_jobs(page, server):
    page.goto(server.url + "/jobs")
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")


def text(page, role):
    return page.locator(f"[data-role='{role}']").text_content()


def wait_text(page, role, expected, timeout=10_000):
    page.wait_for_function(
        "([role, want]) => document.querySelector(`[data-role='${role}']`).textContent === want",
        arg=[role, expected], timeout=timeout)


def start(page, label="docs"):
    page.fill("[data-role='label']", label)
    page.click("[data-role='start']")
    page.wait_for_function("() => sessionStorage.getItem('sprag-jobs:job')")
    return page.evaluate("() => sessionStorage.getItem('sprag-jobs:job')")


def seen_percents(page):
    """Record every percent the page shows (a MutationObserver), read back later."""
    page.evaluate("""() => {
        window.__seen = [];
        const el = document.querySelector("[data-role='percent']");
        new MutationObserver(() => window.__seen.push(el.textContent))
            .observe(el, {childList: true, characterData: true, subtree: true});
    }""")
    return lambda: page.evaluate("() => window.__seen")


def test_progress_bar_advances_through_signals_and_status_refetches(new_page, server):
    page = new_page()
    open_jobs(page, server)
    percents = seen_percents(page)
    start(page, "docs")
    wait_text(page, "state", "completed")
    assert [p for p in percents() if p in ("33.3", "66.7", "100.0")] == ["33.3", "66.7", "100.0"]
    assert text(page, "message") == "Building docs (3/3)..."
    assert int(text(page, "signals")) >= 4  # running + 3 progress (coalesced) + completed
    assert "width:100.0%" in page.locator(".bar").get_attribute("style").replace(" ", "")
    assert page.errors == []


def test_cancel_mid_way_ends_cancelled(new_page, server):
    page = new_page()
    open_jobs(page, server)
    start(page, "long")
    wait_text(page, "percent", "33.3")
    page.click("[data-role='cancel']")
    wait_text(page, "state", "cancelled")
    assert text(page, "percent") in ("33.3", "66.7")
    assert text(page, "error") == ""


def test_a_failing_job_shows_failed_with_a_generic_error(new_page, server):
    page = new_page()
    open_jobs(page, server)
    start(page, "explode")
    wait_text(page, "state", "failed")
    assert text(page, "error") == "The job failed on the server"
    assert "secret" not in page.content()


def test_reload_mid_job_reattaches_by_job_id(new_page, server):
    page = new_page()
    open_jobs(page, server)
    job_id = start(page, "reload")
    wait_text(page, "percent", "33.3")
    page.reload()
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    assert page.evaluate("() => sessionStorage.getItem('sprag-jobs:job')") == job_id
    wait_text(page, "state", "completed")  # signals keep arriving after the reload
    assert text(page, "percent") == "100.0"


def test_a_second_browser_session_cannot_see_or_cancel_the_job(new_page, server):
    mine, theirs = new_page(), new_page()
    open_jobs(mine, server)
    job_id = start(mine, "private")
    open_jobs(theirs, server)
    theirs.evaluate("id => sessionStorage.setItem('sprag-jobs:job', id)", job_id)
    theirs.reload()
    expected = f"No job '{job_id}' on queue 'build_queue'"
    wait_text(theirs, "notice", expected)
    with theirs.expect_response(lambda r: "/__sprag__/actions" in r.url) as answer:
        theirs.click("[data-role='cancel']")
    assert answer.value.status == 404 and answer.value.json()["error"] == expected
    assert text(theirs, "state") == "idle" and text(theirs, "signals") == "0"
    wait_text(mine, "state", "completed")  # never cancelled


def call_probe(page, queue, label):
    return page.evaluate("""async ([queue, label]) => {
        const p = JSON.parse(document.getElementById('sprag-payload').textContent);
        const r = await fetch(p.actions, {method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Sprag-CSRF': p.csrf},
            body: JSON.stringify({route: p.route, action: 'put', payload: {queue, label}})});
        return [r.status, await r.json()];
    }""", [queue, label])


def test_enqueue_on_a_full_or_unknown_queue_answers_accepted_false(new_page, server):
    page = new_page()
    page.goto(server.url + "/probe")
    status, body = call_probe(page, "nope", "x")
    assert status == 200 and body["value"]["accepted"] is False
    assert body["value"]["message"].startswith("Unknown queue 'nope'")
    answers = [call_probe(page, "tiny_queue", str(n))[1]["value"] for n in range(3)]
    assert [a["accepted"] for a in answers] == [True, True, False]
    assert answers[2]["message"] == "Queue 'tiny_queue' is full (1 waiting); try again later"
    assert answers[2]["job"] is None
