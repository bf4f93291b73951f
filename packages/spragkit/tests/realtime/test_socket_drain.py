"""A graceful shutdown (SIGTERM) closes open sockets at once with Engine.IO's close packet, so
browsers reconnect elsewhere instead of holding the drain until its timeout (real server)."""

from __future__ import annotations

import time

from rtserver import RealtimeServer
from sioclient import SioClient, page_session
from wsclient import ClosedError


def test_sigterm_closes_open_sockets_with_a_close_packet_and_exits_promptly(tmp_path):
    server = RealtimeServer(tmp_path / "sessions.json").start()
    try:
        cookie, csrf = page_session(server.port)
        sio = SioClient(server.port, cookie=cookie, csrf=csrf)
        assert sio.connected, sio.refusal
        started = time.monotonic()
        server.proc.terminate()
        packets = []
        try:
            while "1" not in packets:
                packets.append(sio.ws.receive())
        except (ClosedError, OSError):
            pass
        sio.close()  # what socket.js does on "1" before it reconnects
        # "1" is Engine.IO's close: the client reconnects with backoff (socket.js)
        assert "1" in packets, packets
        assert server.proc.wait(timeout=30) == 0
        # the default drain timeout is 10 s; an open socket no longer holds it that long
        assert time.monotonic() - started < 8
    finally:
        server.stop()
