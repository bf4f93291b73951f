"""A Socket.IO v5 client over a raw RFC 6455 socket (tests only): handshake with the page's
session cookie and CSRF token, emit with acks, collect server events."""

from __future__ import annotations

import json
import re
import urllib.request
from typing import Any, List, Optional, Tuple

from wsclient import WSClient

PAYLOAD = re.compile(r'<script type="application/json" id="sprag-payload">(.*?)</script>', re.S)


def page_session(port: int, path: str = "/chat") -> Tuple[str, str]:
    """(Cookie header, CSRF token) of a fresh session, as a browser gets them from a page."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        cookie = "; ".join(c.split(";", 1)[0] for c in r.headers.get_all("Set-Cookie"))
        payload = json.loads(PAYLOAD.search(r.read().decode()).group(1))
    return cookie, payload["csrf"]


class SioClient:
    def __init__(self, port: int, *, cookie: str = "", csrf: str = "", client: str = "py-1",
                 path: str = "/chat", origin: Optional[str] = None) -> None:
        headers = {"Cookie": cookie} if cookie else {}
        headers["Origin"] = origin or f"http://127.0.0.1:{port}"
        self.ws = WSClient("127.0.0.1", port, "/socket.io/?EIO=4&transport=websocket", headers)
        self.events: List[Tuple[str, Any]] = []
        self.seq = 0
        opened = self.ws.receive()
        assert opened[0] == "0", opened
        self.ws.send("40" + json.dumps({"csrf": csrf, "client": client, "path": path}))
        reply = self._next_socketio()
        self.connected = reply.startswith("0")
        self.refusal = json.loads(reply[1:])["message"] if reply.startswith("4") else None

    def _next_socketio(self) -> str:
        while True:
            text = self.ws.receive()
            if text == "2":
                self.ws.send("3")
                continue
            if text.startswith("4"):
                return text[1:]

    def emit(self, event: str, data: Any = None, raw: Optional[str] = None) -> Any:
        """Send an event and wait for its ack (events arriving meanwhile are collected)."""
        ack_id = self.seq
        self.seq += 1
        body = raw if raw is not None else json.dumps([event, data])
        self.ws.send(f"42{ack_id}{body}")
        while True:
            message = self._next_socketio()
            if message.startswith("2"):
                name, *args = json.loads(message[1:])
                self.events.append((name, args[0] if args else None))
            elif message.startswith(f"3{ack_id}["):
                values = json.loads(message[len(f"3{ack_id}"):])
                return values[0] if values else None

    def close(self) -> None:
        self.ws.close()
