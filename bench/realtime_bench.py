"""Realtime fan-out: SPRAG's socket bridge vs a plain Flask-SocketIO app, and SSE broadcast.

    .venv/bin/python bench/realtime_bench.py [--clients 500] [--emits 20] [--runs 3]

Each server runs in its own process (gevent pywsgi, websocket-only Flask-SocketIO); the N
clients run in another process (gevent greenlets speaking Socket.IO v5 over raw RFC 6455
sockets), all join one topic/room, then the server emits K events to it (one every 100 ms,
each stamped with its send time). Reported per server: deliveries/s (N over the time one
emit takes to reach its last client, median over the K emits) and p50/p99 latency of every
delivery (receive - send, same machine clock). SPRAG's side is a real App (`emit_socket(..., topic=)`, joins through `sprag:join`
with the CSRF-checked handshake); the reference does `join_room` / `socketio.emit(to=room)`.
Then SSE: N EventSource-style streams on `/__sprag__/events`, K broadcasts via
`bus.emit("sprag:broadcast", ...)`, p50/p99 latency.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packages/spragkit/tests/realtime"))

SPRAG_PAGE = '''
import time
from sprag import Controller, Screen, bus, page, resource, ui
from specter import Resource


class FanController(Controller):
    def build_events(self, handler):
        handler.on("bench:noop", lambda payload: None)


class FanScreen(Screen):
    def render(self, data):
        return ui.p("fan")


class Emit(Resource):
    def get(self, k):
        from sprag import emit_socket
        emit_socket("tick", {"t": time.time(), "k": k}, topic="bench")
        return "ok"


class Broadcast(Resource):
    def get(self, k):
        bus.emit("sprag:broadcast", {"event": "tick", "payload": {"t": time.time(), "k": k}})
        return "ok"


fan = page(path="/fan", controller=FanController, screen=FanScreen, mode="hybrid")
emit = resource("/emit/<int:k>/", handler=Emit)
broadcast = resource("/broadcast/<int:k>/", handler=Broadcast)
'''

SPRAG_SERVER = '''
from gevent import monkey; monkey.patch_all()
import sys
from sprag.project import load_app
app = load_app(sys.argv[1], mode="production")
app.serve("127.0.0.1", int(sys.argv[2]))
'''

PLAIN_SERVER = '''
from gevent import monkey; monkey.patch_all()
import sys, time
from flask import Flask
from flask_socketio import SocketIO, join_room
from gevent.pywsgi import WSGIServer
app = Flask(__name__)
sio = SocketIO(app, async_mode="gevent", transports=["websocket"])

@sio.on("connect")
def connect(auth):
    return None

@sio.on("join")
def join(data):
    join_room(data["topic"])
    return {"ok": True}

@app.get("/emit/<int:k>/")
def emit(k):
    sio.emit("tick", {"t": time.time(), "k": k}, to="bench")
    return "ok"

WSGIServer(("127.0.0.1", int(sys.argv[1])), app, log=None).serve_forever()
'''

CLIENTS = '''
from gevent import monkey; monkey.patch_all()
import json, sys, time
import gevent
sys.path.insert(0, sys.argv[5])
from wsclient import WSClient

port, n, kind, expected = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
cookie, csrf = sys.argv[6], sys.argv[7]
latencies, ready, done = [], [], []

def client(i):
    headers = {"Origin": f"http://127.0.0.1:{port}"}
    if cookie:
        headers["Cookie"] = cookie
    ws = WSClient("127.0.0.1", port, "/socket.io/?EIO=4&transport=websocket", headers, timeout=120)
    ws.receive()
    ws.send("40" + json.dumps({"csrf": csrf, "client": f"b{i}", "path": "/fan"}))
    while not ws.receive().startswith("40"):
        pass
    join = ["sprag:join", {"topic": "bench"}] if kind == "sprag" else ["join", {"topic": "bench"}]
    ws.send("420" + json.dumps(join))
    got = 0
    while True:
        text = ws.receive()
        if text == "2":
            ws.send("3")
        elif text.startswith("430"):
            ready.append(i)
        elif text.startswith("42"):
            now = time.time()
            event, data = json.loads(text[2:])
            latencies.append((data["k"], now - data["t"]))
            got += 1
            if got == expected:
                done.append(now)
                return

greenlets = [gevent.spawn(client, i) for i in range(n)]
while len(ready) < n:
    gevent.sleep(0.05)
print("READY", flush=True)
gevent.joinall(greenlets, timeout=120)
print(json.dumps({"latencies": latencies, "complete": len(done)}), flush=True)
'''

SSE_CLIENTS = '''
from gevent import monkey; monkey.patch_all()
import http.client, json, sys, time
import gevent
port, n, expected = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
latencies, ready, done = [], [], []

def client(i):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", "/__sprag__/events")
    r = conn.getresponse()
    r.readline()
    ready.append(i)
    got = 0
    while got < expected:
        line = r.readline().decode()
        if line.startswith("data: "):
            now = time.time()
            latencies.append(now - json.loads(line[6:])["payload"]["t"])
            got += 1
    done.append(time.time())

greenlets = [gevent.spawn(client, i) for i in range(n)]
while len(ready) < n:
    gevent.sleep(0.05)
gevent.sleep(0.5)
print("READY", flush=True)
gevent.joinall(greenlets, timeout=120)
print(json.dumps({"latencies": latencies, "complete": len(done)}), flush=True)
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int) -> None:
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def run_fanout(port: int, kind: str, n: int, emits: int, cookie: str = "", csrf: str = "") -> dict:
    proc = subprocess.Popen(
        [sys.executable, "-c", CLIENTS, str(port), str(n), kind, str(emits),
         str(ROOT / "packages/spragkit/tests/realtime"), cookie, csrf],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout.readline().strip() == "READY"
    for k in range(emits):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/emit/{k}/", timeout=30).read()
        time.sleep(0.1)
    result = json.loads(proc.stdout.readline())
    proc.wait(timeout=60)
    pairs = result["latencies"]
    lat = [x for _, x in pairs]
    # one emit's fan-out time: until its last client received it
    spans = {}
    for k, x in pairs:
        spans[k] = max(spans.get(k, 0.0), x)
    per_emit = statistics.median(spans.values())
    return {"deliveries": len(lat), "per_s": n / per_emit, "fanout_ms": per_emit * 1000,
            "p50_ms": pct(lat, 0.5) * 1000, "p99_ms": pct(lat, 0.99) * 1000,
            "complete": result["complete"]}


def run_sse(port: int, n: int, emits: int) -> dict:
    proc = subprocess.Popen([sys.executable, "-c", SSE_CLIENTS, str(port), str(n), str(emits)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "READY"
    for k in range(emits):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/broadcast/{k}/", timeout=30).read()
        time.sleep(0.1)
    result = json.loads(proc.stdout.readline())
    proc.wait(timeout=60)
    lat = result["latencies"]
    return {"deliveries": len(lat), "p50_ms": pct(lat, 0.5) * 1000, "p99_ms": pct(lat, 0.99) * 1000,
            "complete": result["complete"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--emits", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from sioclient import page_session

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "fan"
        (project / "app/routes/fan").mkdir(parents=True)
        (project / "app/__init__.py").write_text("")
        (project / "app/routes/fan/page.py").write_text(textwrap.dedent(SPRAG_PAGE))
        # production needs a signing key; the bench makes one for its own server
        env = dict(os.environ, SECRET_KEY=os.environ.get("SECRET_KEY") or "realtime-bench-" + "k" * 24)
        sprag_port, plain_port = free_port(), free_port()
        servers = [
            subprocess.Popen([sys.executable, "-c", SPRAG_SERVER, str(project), str(sprag_port)],
                             cwd=str(project), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            subprocess.Popen([sys.executable, "-c", PLAIN_SERVER, str(plain_port)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        ]
        try:
            wait_port(sprag_port)
            wait_port(plain_port)
            cookie, csrf = page_session(sprag_port, "/fan")
            rows = []
            for run in range(args.runs):
                s = run_fanout(sprag_port, "sprag", args.clients, args.emits, cookie, csrf)
                p = run_fanout(plain_port, "plain", args.clients, args.emits)
                rows.append((s, p))
                print(f"run {run + 1}: sprag {s['per_s']:.0f}/s p50 {s['p50_ms']:.1f} p99 {s['p99_ms']:.1f} ms"
                      f" ({s['complete']}/{args.clients} complete) | plain {p['per_s']:.0f}/s p50 "
                      f"{p['p50_ms']:.1f} p99 {p['p99_ms']:.1f} ms ({p['complete']}/{args.clients})",
                      flush=True)
            ratio = statistics.median(s["per_s"] / p["per_s"] for s, p in rows)
            print(f"\nfan-out to a topic of {args.clients} clients, {args.emits} emits, {args.runs} runs")
            print("| server | deliveries/s (median) | one emit to all, ms | p50 ms | p99 ms |")
            print("|---|---|---|---|---|")
            for label, idx in (("SPRAG emit_socket(topic=)", 0), ("plain Flask-SocketIO emit(to=room)", 1)):
                per_s = statistics.median(r[idx]["per_s"] for r in rows)
                p50 = statistics.median(r[idx]["p50_ms"] for r in rows)
                p99 = statistics.median(r[idx]["p99_ms"] for r in rows)
                span = statistics.median(r[idx]["fanout_ms"] for r in rows)
                print(f"| {label} | {per_s:,.0f} | {span:.1f} | {p50:.1f} | {p99:.1f} |")
            print(f"\nSPRAG / plain deliveries/s (median of per-run ratios): {ratio:.2f}x (goal >= 0.9x)")
            sse = [run_sse(sprag_port, args.clients, args.emits) for _ in range(args.runs)]
            print(f"\nSSE broadcast to {args.clients} streams, {args.emits} broadcasts: p50 "
                  f"{statistics.median(r['p50_ms'] for r in sse):.1f} ms, p99 "
                  f"{statistics.median(r['p99_ms'] for r in sse):.1f} ms (median of {args.runs} runs; "
                  f"{min(r['complete'] for r in sse)}/{args.clients} streams got every event)")
        finally:
            for proc in servers:
                proc.terminate()
                proc.wait(timeout=10)


if __name__ == "__main__":
    main()
