"""Cookie-less GETs of a hybrid page: throughput before and after 100k prior requests.

    .venv/bin/python bench/session_flood.py                 # full run (~3-5 minutes)
    .venv/bin/python bench/session_flood.py --prior 5000    # smoke run

Issue 12, defect 3: every cookie-less GET of a hybrid page used to create a server session,
and the store's eviction scanned every session under a lock once it was full, so throughput
fell from 4,362 to 142 req/s after ~100k such requests. This script serves a fresh
`sprag new` app with `sprag serve --quiet` and measures, on the same server:

- ``/counter`` (the default template's hybrid page, signed CSRF token, no session): req/s
  of a fresh server and of one that first answered ``--prior`` cookie-less requests;
- ``/stateful`` (the reference, same run): a hybrid page whose ``load()`` stores into the
  session, so every cookie-less GET still creates one. After ``--prior`` requests the store
  is at its bound (100,000) and every new session evicts one: the O(1) store keeps it flat.

Each page gets two server processes, a fresh one and a flooded one, measured side by side:
rounds alternate all four servers, so load on a shared machine hits them alike, and medians
are reported with the flooded servers' RSS. The client is a gevent process with raw sockets
and C keep-alive connections sending no cookies.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATEFUL_PAGE = '''\
from sprag import Controller, Screen, page, ui


class StatefulController(Controller):
    def load(self):
        self.request.session["seen"] = True  # every visitor gets a server session
        return {}


class StatefulScreen(Screen):
    def render(self, data):
        return ui.p("stateful")


stateful = page(path="/stateful", controller=StatefulController, screen=StatefulScreen,
                mode="hybrid")
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int) -> None:
    deadline = time.time() + 60
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
    return int(head.split(b" ", 2)[1]), rest[length:]


def run_load(port: int, path: str, conns: int, *, seconds: float = 0.0, count: int = 0,
             done: list = None) -> float:
    """req/s of cookie-less keep-alive GETs for ``seconds`` (or until ``count`` are done);
    ``done`` (a one-item list) receives the number of requests."""
    import gevent

    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    done = done if done is not None else [0]
    done[0] = 0
    stop_at = time.perf_counter() + seconds if seconds else None

    def more() -> bool:
        return done[0] < count if count else time.perf_counter() < stop_at

    def worker() -> None:
        sock = socket.create_connection(("127.0.0.1", port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        while more():
            sock.sendall(request)
            status, buf = read_response(sock, buf)
            assert status == 200, status
            done[0] += 1
        sock.close()

    started = time.perf_counter()
    gevent.joinall([gevent.spawn(worker) for _ in range(conns)])
    return done[0] / (time.perf_counter() - started)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


PAGES = {"/counter": "/counter (no session)", "/stateful": "/stateful (a session per GET, reference)"}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(targets: dict, pids: dict, rounds: int, seconds: float, conns: int) -> tuple:
    """Per (page, server): the median req/s, and the server's CPU time per request over all
    rounds (robust on a shared machine: other processes do not add to it). Rounds alternate
    all servers, so machine load hits them alike."""
    rates: dict = {key: [] for key in targets}
    cpu = {key: 0.0 for key in targets}
    count = {key: 0 for key in targets}
    for _ in range(rounds):
        for key, port in targets.items():
            done = [0]
            before = cpu_seconds(pids[key])
            rates[key].append(run_load(port, key[0], conns, seconds=seconds, done=done))
            cpu[key] += cpu_seconds(pids[key]) - before
            count[key] += done[0]
    medians = {key: statistics.median(values) for key, values in rates.items()}
    per_request = {key: cpu[key] / count[key] * 1e6 for key in targets}
    return medians, per_request


def start_server(project: Path) -> tuple:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "sprag_cli", "serve", "--quiet", "--port", str(port), "-C", str(project)],
        cwd=str(project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port)
    return port, server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prior", type=int, default=100_000, help="requests a flooded server has answered")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--conns", type=int, default=8)
    args = parser.parse_args()

    from gevent import monkey

    monkey.patch_all()
    servers: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "sprag_cli", "new", "floodapp"], cwd=tmp, check=True,
                       capture_output=True)
        project = Path(tmp) / "floodapp"
        stateful = project / "app" / "routes" / "stateful"
        stateful.mkdir()
        (stateful / "page.py").write_text(STATEFUL_PAGE)
        try:
            # Per page, a fresh server (0 prior requests) and a flooded one (--prior), measured
            # side by side in the same rounds.
            for path in PAGES:
                for state in ("fresh", "flooded"):
                    servers[(path, state)] = start_server(project)
            targets = {key: port for key, (port, _proc) in servers.items()}
            rss = {key: rss_mib(proc.pid) for key, (_port, proc) in servers.items()}
            flood = {}
            for path in PAGES:
                started = time.perf_counter()
                rate = run_load(targets[(path, "flooded")], path, args.conns, count=args.prior)
                flood[path] = (rate, time.perf_counter() - started)
            for (path, state), port in targets.items():
                if state == "fresh":
                    run_load(port, path, args.conns, seconds=2.0)  # warm-up
            after_flood = {key: rss_mib(proc.pid) for key, (_port, proc) in servers.items()}
            pids = {key: proc.pid for key, (_port, proc) in servers.items()}
            rates, cpu_us = measure(targets, pids, args.rounds, args.seconds, args.conns)
        finally:
            for _port, proc in servers.values():
                proc.terminate()
                proc.wait(30)

    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; "
          f"{args.conns} keep-alive connections, {args.rounds} rounds x {args.seconds}s per server; "
          f"flooded servers answered {args.prior:,} cookie-less requests first")
    print("| page | req/s fresh / flooded (wall) | flooded / fresh | server CPU per request "
          "fresh / flooded | capacity flooded / fresh (1/CPU) | req/s during the prior requests | "
          "flooded server RSS |")
    print("|---|---|---|---|---|---|---|")
    for path, label in PAGES.items():
        fresh, flooded = rates[(path, "fresh")], rates[(path, "flooded")]
        cpu_fresh, cpu_flooded = cpu_us[(path, "fresh")], cpu_us[(path, "flooded")]
        print(f"| {label} | {fresh:,.0f} / {flooded:,.0f} | {flooded / fresh:.2f} | "
              f"{cpu_fresh:.0f} / {cpu_flooded:.0f} µs | {cpu_fresh / cpu_flooded:.2f} | "
              f"{flood[path][0]:,.0f} ({flood[path][1]:.0f} s) | "
              f"{rss[(path, 'flooded')]:.0f} -> {after_flood[(path, 'flooded')]:.0f} MiB |")
    for name, ratio in (("wall req/s", rates[("/counter", "flooded")] / rates[("/counter", "fresh")]),
                        ("capacity (1/CPU per request)",
                         cpu_us[("/counter", "fresh")] / cpu_us[("/counter", "flooded")])):
        print(f"/counter {name} within 10%: {'yes' if abs(1 - ratio) <= 0.10 else 'NO'} ({ratio:.2f})")


if __name__ == "__main__":
    main()
