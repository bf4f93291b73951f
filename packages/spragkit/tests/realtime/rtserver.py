"""The realtime test project served by a real gevent server process, restartable on its port."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rtutil import free_port, wait_port

TESTS = Path(__file__).parent.parent
PROJECT = TESTS / "projects" / "realtime"


class RealtimeServer:
    def __init__(self, sessions_file: Path, mode: str = "production") -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mode = mode
        self.env = dict(os.environ, SPRAG_TEST_SESSIONS=str(sessions_file),
                        SECRET_KEY="realtime-tests-secret-key-0123456789")
        self.proc = None

    def start(self) -> RealtimeServer:
        self.proc = subprocess.Popen(
            [sys.executable, str(TESTS / "serve_project.py"), str(PROJECT), str(self.port), self.mode],
            cwd=str(PROJECT), env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        wait_port(self.port, self.proc, timeout=60)
        return self

    def kill(self) -> None:
        """Stop it the hard way (no goodbye to the clients), as a crash would."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self) -> str:
        if self.proc is None:
            return ""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.stdout.read().decode(errors="replace") if self.proc.stdout else ""
