"""`sprag` ends its process without the interpreter teardown, losing nothing observable."""

from __future__ import annotations

import subprocess
import sys

PRELUDE = "import atexit, sys, threading, time\nfrom sprag_cli.cli import main\n"


def _run(body: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PRELUDE + body], capture_output=True, text=True, timeout=60)


def test_atexit_handlers_run_and_piped_output_is_complete():
    done = _run("atexit.register(lambda: print('atexit ran', flush=True))\nmain(['--help'])\n")
    assert done.returncode == 0, done.stderr
    assert "Usage: sprag" in done.stdout and "Commands:" in done.stdout
    assert done.stdout.rstrip().endswith("atexit ran")


def test_the_exit_status_is_the_commands():
    unknown = _run("main(['no-such-command'])\n")
    assert unknown.returncode == 2
    assert "No such command 'no-such-command'" in unknown.stderr
    versions = _run("main(['--version'])\n")
    assert versions.returncode == 0 and "sprag-cli " in versions.stdout


def test_buffered_stdout_written_by_the_command_reaches_the_pipe():
    # a large block written without a newline flush, then the command ends
    done = _run("sys.stdout.write('x' * 100000)\nmain(['--version'])\n")
    assert done.returncode == 0
    assert done.stdout.startswith("x" * 100000)


def test_a_running_thread_is_waited_for():
    body = (
        "def late():\n"
        "    time.sleep(0.3)\n"
        "    print('thread finished', flush=True)\n"
        "threading.Thread(target=late).start()\n"
        "main(['--version'])\n"
    )
    done = _run(body)
    assert done.returncode == 0
    assert "thread finished" in done.stdout
