"""SSR throughput of the seed counter page vs plain Flask + gevent returning the same bytes.

    .venv/bin/python bench/sprag_ssr.py              # full run (~1 minute)
    .venv/bin/python bench/sprag_ssr.py --quick      # smoke run

Both servers run in their own process on gevent's pywsgi with TCP_NODELAY (the reference gets
the same socket option, otherwise its keep-alive numbers would be 40 ms delayed-ACK stalls).
sprag serves GET /counter of packages/spragkit/tests/projects/basic in production mode: route
match, controller.load(), Screen render, island markup, payload, shell template, session.
The reference is a one-route Flask app returning the bytes sprag produced. The client is a
gevent process with raw sockets, C concurrent connections, in two modes: a new connection per
request ("close") and keep-alive. Rounds alternate sprag / reference; medians are reported.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "packages/spragkit/tests/projects/basic"


# -- servers (run as subprocesses) ---------------------------------------------------------------

def serve_sprag(port: int) -> None:
    from gevent import monkey

    monkey.patch_all()
    from sprag.http.server import make_server
    from sprag.project import load_app

    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789abcdef")  # production needs one

    app = load_app(PROJECT, mode="production")
    app.browser.built()
    make_server(app, port=port).serve_forever()


def serve_reference(port: int, body_file: str) -> None:
    from gevent import monkey

    monkey.patch_all()
    from flask import Flask, Response
    from gevent.pywsgi import WSGIServer

    body = Path(body_file).read_bytes()
    flask = Flask("reference")

    @flask.get("/counter")
    def counter():
        return Response(body, mimetype="text/html")

    class NoDelay(WSGIServer):
        def handle(self, sock, address):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().handle(sock, address)

    NoDelay(("127.0.0.1", port), flask, log=None).serve_forever()


# -- client ---------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int) -> None:
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server on {port} did not start")


def read_response(sock, buf: bytes):
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        rest += chunk
    status = int(head.split(b" ", 2)[1])
    return status, rest[:length], rest[length:]


def load(port: int, request: bytes, keepalive: bool, conns: int, seconds: float) -> float:
    import gevent

    done = [0]
    stop_at = time.perf_counter() + seconds

    def worker():
        sock = None
        buf = b""
        while time.perf_counter() < stop_at:
            if sock is None:
                sock = socket.create_connection(("127.0.0.1", port))
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                buf = b""
            sock.sendall(request)
            status, _, buf = read_response(sock, buf)
            assert status == 200, status
            done[0] += 1
            if not keepalive:
                sock.close()
                sock = None
        if sock is not None:
            sock.close()

    started = time.perf_counter()
    gevent.joinall([gevent.spawn(worker) for _ in range(conns)])
    return done[0] / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--conns", type=int, default=8)
    parser.add_argument("--serve", nargs="+")
    args = parser.parse_args()
    if args.serve:
        kind, port = args.serve[0], int(args.serve[1])
        return serve_sprag(port) if kind == "sprag" else serve_reference(port, args.serve[2])
    if args.quick:
        args.rounds, args.seconds = 2, 1.0

    from gevent import monkey

    monkey.patch_all()
    procs = []
    try:
        sprag_port = free_port()
        procs.append(subprocess.Popen([sys.executable, __file__, "--serve", "sprag", str(sprag_port)]))
        wait_port(sprag_port)
        probe = socket.create_connection(("127.0.0.1", sprag_port))
        probe.sendall(b"GET /counter HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        raw = b""
        while True:
            chunk = probe.recv(65536)
            if not chunk:
                break
            raw += chunk
        head, _, body = raw.partition(b"\r\n\r\n")
        cookie = next(h.split(b":", 1)[1].split(b";")[0].strip() for h in head.split(b"\r\n") if h.lower().startswith(b"set-cookie:"))
        body_file = ROOT / "bench/_build/sprag_counter.html"
        body_file.parent.mkdir(parents=True, exist_ok=True)
        body_file.write_bytes(body)
        ref_port = free_port()
        procs.append(subprocess.Popen([sys.executable, __file__, "--serve", "ref", str(ref_port), str(body_file)]))
        wait_port(ref_port)

        requests = {}
        for keepalive in (False, True):
            conn_header = b"keep-alive" if keepalive else b"close"
            requests[keepalive] = (b"GET /counter HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie +
                                   b"\r\nConnection: " + conn_header + b"\r\n\r\n")
            load(sprag_port, requests[keepalive], keepalive, args.conns, 0.5)  # warm-up
            load(ref_port, requests[keepalive], keepalive, args.conns, 0.5)
        # Every round measures all four cells back to back, so load changes on a shared
        # machine hit them alike; medians over rounds.
        rates = {(k, t): [] for k in (False, True) for t in ("sprag", "flask")}
        for _ in range(args.rounds):
            for keepalive in (False, True):
                rates[(keepalive, "sprag")].append(
                    load(sprag_port, requests[keepalive], keepalive, args.conns, args.seconds))
                rates[(keepalive, "flask")].append(
                    load(ref_port, requests[keepalive], keepalive, args.conns, args.seconds))
        results = {
            ("keep-alive" if k else "close"): {
                "sprag": statistics.median(rates[(k, "sprag")]),
                "flask": statistics.median(rates[(k, "flask")]),
            }
            for k in (False, True)
        }

        print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; "
              f"{args.conns} connections, {args.rounds} rounds x {args.seconds}s; body {len(body)} bytes")
        print("| mode | sprag req/s | Flask+gevent req/s | ratio |")
        print("|---|---|---|---|")
        for mode, r in results.items():
            print(f"| {mode} | {r['sprag']:.0f} | {r['flask']:.0f} | {r['sprag'] / r['flask']:.2f}x |")
        ka, cl = results["keep-alive"]["sprag"], results["close"]["sprag"]
        print(f"sprag keep-alive / connection-per-request: {ka / cl:.2f}x")
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=10)


if __name__ == "__main__":
    main()
