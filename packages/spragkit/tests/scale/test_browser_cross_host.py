"""Headless Chromium on two `sprag serve` hosts of the realtime test project sharing one
redis-server: what a page on one host does reaches a page on the other."""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

import pytest

from .hosts import start_hosts

sys.path.insert(0, str(Path(__file__).parent.parent / "realtime"))

from rtutil import browser_or_skip  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    with browser_or_skip() as b:
        yield b


@pytest.fixture(scope="module")
def hosts(redis_server, tmp_path_factory):
    started = start_hosts(["A", "B"], redis_server.url, tmp_path_factory.mktemp("browser-hosts"),
                          project="realtime", ready_path="/chat")
    yield started
    for host in started:
        host.stop()


def open_page(browser, host):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    page.goto(host.url + "/chat")
    page.wait_for_function("() => document.documentElement.dataset.spragReady === '1'")
    page.click("[data-role='whoami']")
    wait_log(page, "client ")
    return page


def wait_log(page, text, timeout=10000):
    page.wait_for_function(
        "(text) => [...document.querySelectorAll('.log li')].some((li) => li.textContent.startsWith(text))",
        arg=text, timeout=timeout,
    )


def test_socket_sse_and_live_store_traffic_crosses_hosts_in_chromium(browser, hosts):
    a, b = hosts
    on_a, on_b = open_page(browser, a), open_page(browser, b)
    try:
        on_b.click("[data-role='join']")
        wait_log(on_b, "joined True")
        # an action on A emits to the topic: the page connected to B receives it
        on_a.click("[data-role='notify_room']")
        wait_log(on_b, "room:notice alpha")
        # a broadcast made on B arrives on A's event stream
        urllib.request.urlopen(b.url + "/kick/5/", timeout=10).read()
        wait_log(on_a, "kick 5")
        # a live store changed by an action on A updates the page on B
        on_a.click("[data-role='bump']")
        wait_log(on_b, "board ")
        assert on_a.errors == [] and on_b.errors == []
    finally:
        on_a.context.close()
        on_b.context.close()
