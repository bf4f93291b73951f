"""Operating `sprag serve` and `sprag dev`: graceful shutdown, services, logs, clean start.

Issue 12, defects 2, 6 and 7: a request in flight survives SIGTERM and the process exits 0;
the app's providers start with it and stop in reverse order; a second signal exits at once;
no MonkeyPatchWarning on start; one access-log line per request.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import threading
import time

import pytest

from ._probe import make_probe, raw_get
from ._processes import SpragProcess, wait_for
from .conftest import free_port

PROVIDERS_APP = '''\
import os
from ssl import SSLContext  # noqa: F401 - as urllib3 (requests, redis clients) does

from specter import Service

from sprag import App


class Recorder(Service):
    """Writes its lifecycle to the file named by PROBE_EVENTS."""

    def on_start(self):
        self._write("start")

    def on_stop(self):
        self._write("stop")

    def _write(self, what):
        with open(os.environ["PROBE_EVENTS"], "a") as out:
            out.write(f"{what} {self.name}\\n")


app = App(providers={"first": Recorder("first"), "second": Recorder("second")})
'''

ACCESS_LINE = re.compile(r"GET /about 200 \d+(\.\d+)? ms")


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    project = make_probe(tmp_path_factory.mktemp("lifecycle"))
    (project / "app" / "__init__.py").write_text(PROVIDERS_APP)
    return project


def _start(probe, args, log_name, events=None):
    port = free_port()
    env = {"PROBE_EVENTS": str(events or probe.parent / "events-unused.log")}
    process = SpragProcess([*args, "--port", port, "-C", probe], probe, probe.parent / log_name,
                           env=env)
    try:
        wait_for(f"http://127.0.0.1:{port}/about", process)
    except BaseException:
        process.stop()
        raise
    return port, process


def _in_background(fn, *args):
    box = {}

    def run():
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, box


def _refused(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True


def test_sigterm_finishes_the_request_in_flight_then_exits_0(probe, tmp_path):
    events = tmp_path / "events.log"
    port, process = _start(probe, ["serve"], "sigterm.log", events)
    try:
        assert events.read_text().splitlines() == ["start first", "start second"]
        thread, box = _in_background(raw_get, port, "/slow?s=2")
        time.sleep(0.5)  # the request is inside load() now
        os.kill(process.proc.pid, signal.SIGTERM)
        time.sleep(0.3)
        assert _refused(port), "a draining server must stop accepting connections"
        thread.join(10)
        assert "error" not in box, box.get("error")
        status, _headers, body = box["value"]
        assert status == 200 and b"slept 2.0" in body
        assert process.proc.wait(10) == 0, process.output()
        assert events.read_text().splitlines() == [
            "start first", "start second", "stop second", "stop first"]
    finally:
        process.stop()


def test_a_second_signal_exits_at_once(probe):
    port, process = _start(probe, ["serve"], "twice.log")
    try:
        _in_background(raw_get, port, "/slow?s=8")
        time.sleep(0.5)
        os.kill(process.proc.pid, signal.SIGTERM)
        time.sleep(0.3)
        assert process.alive(), "the first signal waits for the request in flight"
        os.kill(process.proc.pid, signal.SIGINT)
        started = time.monotonic()
        process.proc.wait(5)
        assert time.monotonic() - started < 2
    finally:
        process.stop()


def test_the_shutdown_timeout_bounds_the_wait(probe):
    port, process = _start(probe, ["serve", "--shutdown-timeout", "1"], "timeout.log")
    try:
        _in_background(raw_get, port, "/slow?s=8")
        time.sleep(0.5)
        os.kill(process.proc.pid, signal.SIGTERM)
        started = time.monotonic()
        assert process.proc.wait(6) == 0
        assert time.monotonic() - started < 3
    finally:
        process.stop()


@pytest.mark.parametrize("command", ["serve", "dev"])
def test_start_prints_no_monkey_patch_warning_and_logs_each_request(probe, command):
    port, process = _start(probe, [command], f"{command}-start.log")
    try:
        assert raw_get(port, "/about")[0] == 200
        deadline = time.monotonic() + 5
        while not ACCESS_LINE.search(process.output()) and time.monotonic() < deadline:
            time.sleep(0.05)
        output = process.output()
        assert "MonkeyPatchWarning" not in output
        assert ACCESS_LINE.search(output), output
    finally:
        process.stop()


def test_quiet_serve_logs_no_requests_and_access_log_writes_a_file(probe, tmp_path):
    access = tmp_path / "access.log"
    port, process = _start(probe, ["serve", "--quiet", "--access-log", access], "quiet.log")
    try:
        assert raw_get(port, "/about")[0] == 200
        deadline = time.monotonic() + 5
        while not (access.is_file() and ACCESS_LINE.search(access.read_text())):
            assert time.monotonic() < deadline, "no access line in the --access-log file"
            time.sleep(0.05)
        assert not ACCESS_LINE.search(process.output())
    finally:
        process.stop()
