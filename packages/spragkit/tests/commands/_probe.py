"""A fresh `sprag new` app with the files an attacker or an operator would poke at.

``make_probe(root)`` scaffolds the default template and adds: a secret config module at the
project root, a ``.env``, a file outside the project reached by symlinks from ``app/static``,
a slow document page (``/slow?s=SECONDS``) and an action ``touch(self, **kw)`` on the counter.
``raw_get``/``raw_request`` speak HTTP/1.1 over a socket so paths are sent exactly as written.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Dict, Optional, Tuple

from ._processes import run_sprag

SECRET_MARKER = "probe-secret-7f3a"

SLOW_PAGE = '''\
from sprag import page

from .server import SlowController
from .web import SlowScreen

slow = page(path="/slow", controller=SlowController, screen=SlowScreen)
'''

SLOW_SERVER = '''\
import time

from sprag import Controller


class SlowController(Controller):
    route = "/slow"

    def load(self):
        seconds = float(self.request.query.get("s", "2"))
        time.sleep(seconds)
        return {"slept": seconds}
'''

SLOW_WEB = '''\
from sprag import Screen, ui


class SlowScreen(Screen):
    def render(self, data):
        return ui.p("slept " + str(data["slept"]), class_="slept")
'''

TOUCH_ACTION = '''

    @action
    def touch(self, **kw):
        return {"keys": sorted(kw)}
'''


def make_probe(root: Path, name: str = "probeapp") -> Path:
    """Scaffold ``root/name`` and add the probe files; returns the project folder."""
    result = run_sprag(["new", name], root)
    assert result.returncode == 0, result.stdout + result.stderr
    project = root / name
    # as any app using requests, redis or urllib3 does: ssl is imported before the server starts
    (project / "app" / "__init__.py").write_text("from ssl import SSLContext  # noqa: F401\n")
    (project / "config_secret.py").write_text(f"SECRET_KEY = '{SECRET_MARKER}'\n")
    (project / ".env").write_text(f"PROBE_ENV_MARKER={SECRET_MARKER}\n")
    outside = root / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(SECRET_MARKER + "\n")
    static = project / "app" / "static"
    (static / "leak.txt").symlink_to(outside / "secret.txt")
    (static / "up").symlink_to(outside, target_is_directory=True)
    (static / "public.txt").write_text("public file\n")
    slow = project / "app" / "routes" / "slow"
    slow.mkdir()
    (slow / "page.py").write_text(SLOW_PAGE)
    (slow / "server.py").write_text(SLOW_SERVER)
    (slow / "web.py").write_text(SLOW_WEB)
    counter = project / "app" / "routes" / "counter" / "server.py"
    counter.write_text(counter.read_text() + TOUCH_ACTION)
    return project


def raw_request(port: int, head: str, body: bytes = b"", timeout: float = 10.0) -> Tuple[int, Dict[str, str], bytes]:
    """Send ``head`` (request line + headers, without the blank line) and ``body`` verbatim."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(head.replace("\n", "\r\n").encode("latin-1") + b"\r\n\r\n" + body)
        data = b""
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
    return parse_response(data)


def parse_response(data: bytes) -> Tuple[int, Dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    if not lines or not lines[0].startswith("HTTP/"):
        return 0, {}, data
    status = int(lines[0].split()[1])
    headers: Dict[str, str] = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        name = key.strip().lower()
        headers[name] = (headers[name] + "\n" if name in headers else "") + value.strip()
    return status, headers, body


def raw_get(port: int, path: str, headers: Optional[Dict[str, str]] = None) -> Tuple[int, Dict[str, str], bytes]:
    """A GET of ``path`` exactly as written (no client-side normalisation), then close."""
    lines = [f"GET {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return raw_request(port, "\n".join(lines))


PAYLOAD_RE = re.compile(r'<script type="application/json" id="sprag-payload">(.*?)</script>', re.S)


def page_payload(html: str) -> dict:
    match = PAYLOAD_RE.search(html)
    assert match, "page has no sprag payload"
    return json.loads(match.group(1))


def cookies_of(headers: Dict[str, str]) -> Dict[str, str]:
    """name -> value of every Set-Cookie in a response."""
    found = {}
    for line in headers.get("set-cookie", "").split("\n"):
        if "=" in line:
            name, _, rest = line.partition("=")
            found[name.strip()] = rest.split(";")[0]
    return found


def call_action(port: int, route: str, action: str, payload: dict, token: str,
                cookies: Dict[str, str], extra: Optional[Dict[str, str]] = None) -> Tuple[int, dict]:
    """POST an action as the browser runtime does (same-origin, CSRF header, cookies)."""
    body = json.dumps({"route": route, "action": action, "payload": payload}).encode()
    headers = {
        "Host": f"127.0.0.1:{port}", "Connection": "close", "Content-Type": "application/json",
        "Content-Length": str(len(body)), "Origin": f"http://127.0.0.1:{port}",
        "Sec-Fetch-Site": "same-origin", "X-Sprag-CSRF": token,
    }
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    headers.update(extra or {})
    lines = ["POST /__sprag__/actions HTTP/1.1"] + [f"{k}: {v}" for k, v in headers.items()]
    status, _headers, raw = raw_request(port, "\n".join(lines), body)
    try:
        return status, json.loads(raw.decode("utf-8"))
    except ValueError:
        return status, {"raw": raw.decode("utf-8", "replace")}
