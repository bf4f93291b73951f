"""Running real `sprag` processes in tests: free ports, HTTP polling, guaranteed cleanup."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import List, Optional, Tuple

SPRAG = [sys.executable, "-m", "sprag_cli"]


class SpragProcess:
    """A `sprag ...` subprocess in its own process group, with its output in a log file."""

    def __init__(self, args: List[str], cwd: Path, log: Path,
                 command: Optional[List[str]] = None, env: Optional[dict] = None) -> None:
        self.log_path = log
        self._log = open(log, "wb")
        self.proc = subprocess.Popen(
            (SPRAG if command is None else command) + [str(a) for a in args], cwd=str(cwd), stdout=self._log,
            stderr=subprocess.STDOUT, start_new_session=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1", **(env or {})),
        )

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        """SIGTERM the whole group (sprag dev and its child), then SIGKILL what is left."""
        try:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGTERM)
                try:
                    self.proc.wait(10)
                except subprocess.TimeoutExpired:
                    pass
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        finally:
            self.proc.wait()
            self._log.close()


def fetch(url: str, timeout: float = 5.0) -> Tuple[int, str]:
    """``(status, body)`` of a GET that asks for HTML like a browser; errors are statuses."""
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def wait_for(url: str, process: SpragProcess, timeout: float = 30.0,
             until: Optional[callable] = None) -> Tuple[int, str]:
    """Poll ``url`` until it answers (and ``until(status, body)`` holds)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if not process.alive():
            raise AssertionError(f"the process exited early:\n{process.output()}")
        try:
            last = fetch(url, timeout=2.0)
            if until is None or until(*last):
                return last
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not answer as expected in {timeout} s (last: "
                         f"{last[0] if last else None}):\n{process.output()}")


def run_sprag(args: List[str], cwd: Path, timeout: float = 120.0) -> subprocess.CompletedProcess:
    return subprocess.run(SPRAG + [str(a) for a in args], cwd=str(cwd), capture_output=True,
                          text=True, timeout=timeout)
