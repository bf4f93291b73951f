"""Scaling out on Redis: SSR req/s with 1 vs 2 workers, socket fan-out across 2 hosts vs one
process, jobs/s on 2 hosts vs 1.

    .venv/bin/python bench/scale_bench.py [--clients 500] [--emits 20] [--jobs 400] [--runs 3]

Everything runs on this machine (2 cores shared by the servers, Redis and the load
generator), so the ratios are what one box shows, not what separate hosts would.

1. SSR: `sprag serve --workers 1` vs `--workers 2` (same app, Redis on), a document page over
   16 keep-alive connections from one gevent load process, req/s (median of runs).
2. Fan-out: 500 Socket.IO clients (raw RFC 6455, gevent) in a topic; `emit_socket(topic=)`
   from host A. Two hosts sharing Redis with 250 clients on each, against one process
   without Redis holding all 500 (same run). p50/p99 of every delivery (receive - send).
3. Jobs: N jobs (5 ms of I/O wait + ~1 ms of CPU each, 4 workers per host) enqueued on A;
   time until every record is completed, with 1 host vs 2 hosts on Redis, and one process
   without Redis (in-memory queue) as the reference.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "packages/spragkit/tests/realtime"))
sys.path.insert(0, str(ROOT / "packages/spragkit/tests"))

from realtime_bench import CLIENTS, pct, wait_port  # noqa: E402
from scale.redisproc import RedisProcess, free_port  # noqa: E402

APP = '''
import time

import gevent
from flask import current_app
from specter import Resource

from sprag import App, Controller, QueueService, Screen, page, resource, ui


class Noop(QueueService):
    def handle_item(self, item):
        gevent.sleep(0.005)           # waiting on something (I/O)
        return sum(range(20000))      # and a little CPU


class FanController(Controller):
    def build_events(self, handler):
        handler.on("bench:noop", lambda payload: None)


class FanScreen(Screen):
    def render(self, data):
        return ui.p("fan")


class DocScreen(Screen):
    def render(self, data):
        return ui.article(ui.h1("A document"), *[ui.p(f"Paragraph {i} of a plain page.") for i in range(40)])


class Emit(Resource):
    def get(self, k):
        from sprag import emit_socket
        emit_socket("tick", {"t": time.time(), "k": k}, topic="bench")
        return "ok"


class Enqueue(Resource):
    def get(self, n):
        jobs = current_app.extensions["sprag.jobs"]
        for _ in range(n):
            assert jobs.enqueue("noop", {"x": 1}, owner=None)["accepted"]
        return "ok"


class Live(Resource):
    def get(self):
        return str(len(current_app.extensions["sprag.jobs"].store.active("noop")))


fan = page(path="/fan", controller=FanController, screen=FanScreen, mode="hybrid")
doc = page(path="/doc", screen=DocScreen)
emit = resource("/emit/<int:k>/", handler=Emit)
enqueue = resource("/enqueue/<int:n>/", handler=Enqueue)
live = resource("/live/", handler=Live)
'''


def make_project(root: Path) -> Path:
    project = root / "scaleapp"
    (project / "app/routes/bench").mkdir(parents=True)
    (project / "app/__init__.py").write_text(
        "from sprag import App\nfrom .routes.bench.page import Noop\n\n"
        "app = App(providers={'noop': Noop('noop', worker_count=4)})\n")
    (project / "app/routes/__init__.py").write_text("")
    (project / "app/routes/bench/__init__.py").write_text("")
    (project / "app/routes/bench/page.py").write_text(textwrap.dedent(APP))
    return project


class Server:
    def __init__(self, project: Path, redis_url: str = "", workers: int = 1) -> None:
        self.port = free_port()
        env = dict(os.environ, SECRET_KEY=os.environ.get("SECRET_KEY") or "scale-bench-" + "k" * 24)
        env.pop("SPRAG_REDIS_URL", None)
        if redis_url:
            env["SPRAG_REDIS_URL"] = redis_url
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sprag_cli", "serve", "-C", str(project), "--port", str(self.port),
             "--quiet", "--workers", str(workers)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_port(self.port)
        for _ in range(200):  # compiled and answering
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/doc", timeout=5).read()
                break
            except OSError:
                time.sleep(0.1)

    def get(self, path: str) -> str:
        return urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=60).read().decode()

    def stop(self) -> None:
        import signal

        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


# -- 1. SSR req/s ------------------------------------------------------------------------------

LOAD = '''
from gevent import monkey; monkey.patch_all()
import sys
sys.path.insert(0, sys.argv[1])
from sprag_ssr import load
port, seconds = int(sys.argv[2]), float(sys.argv[3])
req = f"GET /doc HTTP/1.1\\r\\nHost: 127.0.0.1:{port}\\r\\n\\r\\n".encode()
load(port, req, True, 16, 0.5)  # warm up
print(load(port, req, True, 16, seconds))
'''


def ssr(port: int, seconds: float) -> float:
    out = subprocess.run([sys.executable, "-c", LOAD, str(HERE), str(port), str(seconds)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


# -- 2. fan-out ------------------------------------------------------------------------------

def fanout(emit_port: int, groups, emits: int) -> dict:
    """``groups``: [(port, clients, cookie, csrf)]; emits go to ``emit_port``."""
    procs = []
    for port, n, cookie, csrf in groups:
        procs.append(subprocess.Popen(
            [sys.executable, "-c", CLIENTS, str(port), str(n), "sprag", str(emits),
             str(ROOT / "packages/spragkit/tests/realtime"), cookie, csrf],
            stdout=subprocess.PIPE, text=True))
    for proc in procs:
        assert proc.stdout.readline().strip() == "READY"
    time.sleep(0.5)
    for k in range(emits):
        urllib.request.urlopen(f"http://127.0.0.1:{emit_port}/emit/{k}/", timeout=30).read()
        time.sleep(0.1)
    latencies, complete = [], 0
    for proc in procs:
        result = json.loads(proc.stdout.readline())
        proc.wait(timeout=60)
        latencies += [x for _, x in result["latencies"]]
        complete += result["complete"]
    return {"p50_ms": pct(latencies, 0.5) * 1000, "p99_ms": pct(latencies, 0.99) * 1000,
            "deliveries": len(latencies), "complete": complete}


# -- 3. jobs/s -------------------------------------------------------------------------------

def jobs_per_s(enqueue: Server, watch: Server, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n // 50):
        enqueue.get("/enqueue/50/")
    while int(watch.get("/live/")) > 0:
        time.sleep(0.02)
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--emits", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    from sioclient import page_session

    redis = RedisProcess()
    tmp = tempfile.TemporaryDirectory()
    project = make_project(Path(tmp.name))
    servers = []
    try:
        # 1. SSR
        one = Server(project, redis.url, workers=1)
        two = Server(project, redis.url, workers=2)
        servers += [one, two]
        rows = [(ssr(one.port, args.seconds), ssr(two.port, args.seconds)) for _ in range(args.runs)]
        for i, (a, b) in enumerate(rows):
            print(f"ssr run {i + 1}: 1 worker {a:,.0f} req/s, 2 workers {b:,.0f} req/s", flush=True)
        r1, r2 = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
        one.stop()
        two.stop()
        servers = []

        # 2. fan-out: two hosts on Redis vs one process without
        a, b = Server(project, redis.url), Server(project, redis.url)
        single = Server(project)
        servers += [a, b, single]
        cookie, csrf = page_session(a.port, "/fan")  # the session is in Redis: valid on B too
        s_cookie, s_csrf = page_session(single.port, "/fan")
        half = args.clients // 2
        fan = []
        for i in range(args.runs):
            split = fanout(a.port, [(a.port, half, cookie, csrf), (b.port, args.clients - half, cookie, csrf)],
                           args.emits)
            alone = fanout(single.port, [(single.port, args.clients, s_cookie, s_csrf)], args.emits)
            fan.append((split, alone))
            print(f"fan-out run {i + 1}: 2 hosts p50 {split['p50_ms']:.1f} p99 {split['p99_ms']:.1f} ms "
                  f"({split['complete']}/{args.clients}) | 1 process p50 {alone['p50_ms']:.1f} p99 "
                  f"{alone['p99_ms']:.1f} ms ({alone['complete']}/{args.clients})", flush=True)

        # 3. jobs/s: 1 host (B stopped) vs 2 hosts, and the in-memory single process
        two_hosts = [jobs_per_s(a, b, args.jobs) for _ in range(args.runs)]
        b.stop()
        servers.remove(b)
        one_host = [jobs_per_s(a, a, args.jobs) for _ in range(args.runs)]
        memory = [jobs_per_s(single, single, args.jobs) for _ in range(args.runs)]
        print(f"jobs/s: 2 hosts {two_hosts}, 1 host {one_host}, in-memory {memory}", flush=True)

        print(f"\n## scale_bench ({args.runs} runs, medians; one 2-core machine)\n")
        print("| measure | result | reference (same run) | ratio |")
        print("|---|---|---|---|")
        print(f"| SSR req/s, document page, 16 keep-alive conns | 2 workers: {r2:,.0f} | 1 worker: {r1:,.0f} "
              f"| {r2 / r1:.2f}x |")
        for key, label in (("p50_ms", "p50"), ("p99_ms", "p99")):
            x = statistics.median(f[0][key] for f in fan)
            y = statistics.median(f[1][key] for f in fan)
            print(f"| socket fan-out to {args.clients} clients, {label} ms | 2 hosts via Redis "
                  f"({half}+{args.clients - half}): {x:.1f} | 1 process, no Redis: {y:.1f} | {x / y:.2f}x |")
        j2, j1, jm = (statistics.median(v) for v in (two_hosts, one_host, memory))
        print(f"| jobs/s ({args.jobs} jobs, 4 workers per host) | 2 hosts on Redis: {j2:,.0f} | 1 host on Redis: "
              f"{j1:,.0f} | {j2 / j1:.2f}x |")
        print(f"| jobs/s, reference | 1 host on Redis: {j1:,.0f} | 1 process in memory: {jm:,.0f} | {j1 / jm:.2f}x |")
    finally:
        for server in servers:
            server.stop()
        redis.stop()
        tmp.cleanup()


if __name__ == "__main__":
    main()
