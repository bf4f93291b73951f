"""Several `sprag serve` processes ("hosts") of one project sharing one Redis, and a visitor
that talks to any of them with one cookie jar (as behind a load balancer without affinity)."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .redisproc import free_port

PROJECTS = Path(__file__).parent.parent / "projects"
PAYLOAD_RE = re.compile(r'<script type="application/json" id="sprag-payload">(.*?)</script>', re.S)


class Host:
    """``sprag serve`` on its own port with SPRAG_REDIS_URL set; output in a log file."""

    def __init__(self, name: str, project: Path, redis_url: str, log_dir: Path,
                 env: Optional[Dict[str, str]] = None, args: Tuple[str, ...] = ()) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_dir / f"{name}.log"
        self._log = open(self.log_path, "wb")
        full = dict(os.environ, PYTHONUNBUFFERED="1", SPRAG_REDIS_URL=redis_url, SCALE_HOST=name,
                    **(env or {}))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sprag_cli", "serve", "--port", str(self.port), "-C", str(project),
             "--quiet", *args],
            cwd=str(project), stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True, env=full,
        )

    def wait_ready(self, path: str = "/login", timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"host {self.name} exited early:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + path, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise AssertionError(f"host {self.name} did not answer in {timeout} s:\n{self.output()}")

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL the whole process group (no drain, no cleanup: a host that dies)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()

    def stop(self) -> None:
        try:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGTERM)
                try:
                    self.proc.wait(15)
                except subprocess.TimeoutExpired:
                    pass
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self._log.close()


def start_hosts(names: List[str], redis_url: str, log_dir: Path, project: str = "scale",
                env: Optional[Dict[str, str]] = None, ready_path: str = "/login") -> List[Host]:
    hosts = [Host(n, PROJECTS / project, redis_url, log_dir, env) for n in names]
    try:
        for host in hosts:
            host.wait_ready(ready_path)
    except BaseException:
        for host in hosts:
            host.stop()
        raise
    return hosts


class Visitor:
    """One browser: one cookie jar for every host (cookies are per host name, not port)."""

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token: Optional[str] = None

    def page(self, host: Host, path: str) -> Tuple[int, str]:
        request = urllib.request.Request(host.url + path, headers={"Accept": "text/html"})
        try:
            with self.opener.open(request, timeout=10) as answer:
                status, html = answer.status, answer.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")
        match = PAYLOAD_RE.search(html)
        if match:
            self.token = json.loads(match.group(1))["csrf"]
        return status, html

    def action(self, host: Host, route: str, action: str, payload: Optional[dict] = None,
               token: Optional[str] = None, client: Optional[str] = None) -> Tuple[int, Dict[str, Any]]:
        body = json.dumps({"route": route, "action": action, "payload": payload or {}}).encode()
        headers = {"Content-Type": "application/json", "Origin": host.url, "Sec-Fetch-Site": "same-origin",
                   "X-Sprag-CSRF": token or self.token or ""}
        if client:
            headers["X-Sprag-Client"] = client  # the tab, as the browser runtime names it
        request = urllib.request.Request(host.url + "/__sprag__/actions", data=body, method="POST",
                                         headers=headers)
        try:
            with self.opener.open(request, timeout=10) as answer:
                status, raw = answer.status, answer.read()
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read()
        data = json.loads(raw.decode())
        if isinstance(data, dict) and data.get("csrf"):
            self.token = data["csrf"]  # login rotates the token, as the browser runtime adopts it
        return status, data


def until(check, timeout: float = 15.0, every: float = 0.1) -> Any:
    """Call ``check()`` until it returns something truthy; that value (AssertionError on timeout)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(every)
    raise AssertionError(f"not reached in {timeout} s (last: {last!r})")
