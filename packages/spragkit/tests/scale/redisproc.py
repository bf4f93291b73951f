"""A real redis-server for the scale-out tests: its own port, no persistence, stopped after.

Tests that need it skip with a clear reason when ``redis-server`` is not installed
(``.ci/run`` installs Debian's package).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from typing import Optional

REDIS_SERVER = shutil.which("redis-server") or ("/usr/bin/redis-server" if shutil.which("/usr/bin/redis-server") else None)
SKIP_REASON = "redis-server is not installed (apt-get install redis-server; .ci/run does it)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisProcess:
    """``redis-server --port P --save '' --appendonly no``; ``restart()`` keeps the port."""

    def __init__(self, port: Optional[int] = None) -> None:
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: Optional[subprocess.Popen] = None
        self.start()

    def start(self) -> None:
        assert REDIS_SERVER, SKIP_REASON
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def restart(self, down_seconds: float = 0.5) -> None:
        """Stop Redis (losing everything, as it has no persistence), wait, start it again."""
        self.stop()
        time.sleep(down_seconds)
        self.start()
