from __future__ import annotations

import sys
import time

import gevent
import pytest

from specter import ManagedProcess, Service, start_process

PY = sys.executable


def test_reads_stdout_and_stderr_lines():
    out = []
    proc = start_process(
        [PY, "-c", "import sys; print('one'); print('two'); print('err', file=sys.stderr)"],
        on_stdout=out.append,
    )
    assert proc.wait(timeout=10) == 0
    assert out == ["one", "two"]
    assert list(proc.stdout_lines) == ["one", "two"]
    assert list(proc.stderr_lines) == ["err"]


def test_reading_does_not_block_other_greenlets():
    ticks = []
    ticker = gevent.spawn(lambda: [ticks.append(gevent.sleep(0.01)) for _ in range(5)])
    proc = start_process([PY, "-c", "import time; time.sleep(5); print('done')"])
    ticker.join(timeout=2)
    assert len(ticks) == 5 and proc.running
    proc.stop(timeout=5)


def test_stop_terminates_a_running_child():
    proc = start_process([PY, "-c", "import time; print('ready', flush=True); time.sleep(60)"])
    gevent.sleep(0)
    deadline = time.monotonic() + 10
    while "ready" not in proc.stdout_lines and time.monotonic() < deadline:
        gevent.sleep(0.01)
    code = proc.stop(timeout=5)
    assert code is not None and code != 0
    assert not proc.running


def test_stop_kills_a_child_that_ignores_terminate():
    script = (
        "import signal, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = start_process([PY, "-c", script])
    deadline = time.monotonic() + 10
    while "ready" not in proc.stdout_lines and time.monotonic() < deadline:
        gevent.sleep(0.01)
    started = time.monotonic()
    code = proc.stop(timeout=0.2)
    assert code == -9
    assert time.monotonic() - started < 5


def test_write_to_stdin():
    from gevent.subprocess import PIPE

    proc = start_process([PY, "-c", "print(input().upper())"], stdin=PIPE)
    proc.write("hello\n")
    assert proc.wait(timeout=10) == 0
    assert list(proc.stdout_lines) == ["HELLO"]


def test_service_start_process_is_stopped_with_the_service():
    class Runner(Service):
        def on_start(self):
            self.proc = self.start_process([PY, "-c", "import time; time.sleep(60)"])

    svc = Runner("runner").start()
    assert svc.proc.running
    svc.stop()
    assert not svc.proc.running


def test_string_args_without_shell_are_rejected():
    with pytest.raises(TypeError, match="list of arguments"):
        ManagedProcess("echo hi")


def test_wait_before_start_is_a_clear_error():
    with pytest.raises(RuntimeError, match="call start"):
        ManagedProcess([PY, "-c", "pass"]).wait()
