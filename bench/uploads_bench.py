"""A 200 MB resumable upload through SPRAG vs a plain Flask multipart upload to disk.

    .venv/bin/python bench/uploads_bench.py [--mb 200] [--runs 3]

Both servers are separate processes on gevent's WSGI server. SPRAG: the browser protocol
of ``self.upload_form`` played by a Python client (plan, 4 MB chunks with X-Upload-Offset,
then the multipart request that hands the assembled file to the action, which saves it).
Flask: one ``multipart/form-data`` POST whose view calls ``request.files["file"].save(...)``.
Each client streams the file from disk. Reported per server: wall time (median of the runs),
throughput, and the server's peak RSS above its RSS before the upload (sampled every 20 ms
from /proc). Goals: SPRAG's throughput >= 0.8x Flask's; SPRAG's RSS growth < 100 MB.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MB = 1024 * 1024

SPRAG_APP = '''
import os
from sprag import App, UploadLimits
app = App(upload_limits=UploadLimits(max_file_bytes=1024 * 2**20, max_request_bytes=1024 * 2**20))
'''
SPRAG_PAGE = '''
from pathlib import Path
import os
from sprag import Controller, Field, Schema, Screen, action, hydrate, page
from .components import Box
from .modules import Watch


class UpController(Controller):
    route = "/up"

    @action(schema=Schema("store", {"title": Field(str, required=True)}))
    def store(self, title):
        f = self.request.file("file")
        f.save(Path(os.environ["BENCH_SAVE"]) / "sprag.bin")
        return {"size": f.size}


class UpScreen(Screen):
    modules = [Watch]

    def render(self, data):
        return hydrate(Box, module=self.module(Watch))


up = page(path="/up", controller=UpController, screen=UpScreen, mode="hybrid")
'''
SPRAG_COMPONENTS = '''
from sprag import Component, ui


class Box(Component):
    def render(self, props=None):
        return ui.div("upload", class_="box")
'''
SPRAG_MODULES = '''
from sprag import Module


class Watch(Module):
    def on_start(self):
        pass
'''
SPRAG_SERVER = '''
from gevent import monkey; monkey.patch_all()
import sys
from sprag.project import load_app
from sprag.http.server import make_server
app = load_app(sys.argv[1], mode="production")
make_server(app, port=int(sys.argv[2])).serve_forever()
'''
FLASK_SERVER = '''
from gevent import monkey; monkey.patch_all()
import os, sys
from flask import Flask, request
from gevent.pywsgi import WSGIServer
app = Flask("ref")

@app.post("/upload")
def upload():
    f = request.files["file"]
    f.save(os.path.join(os.environ["BENCH_SAVE"], "flask.bin"))
    return {"ok": True}

WSGIServer(("127.0.0.1", int(sys.argv[1])), app, log=None).serve_forever()
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
            time.sleep(0.1)
    raise RuntimeError(f"server on {port} did not start")


def rss(pid: int) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", text).group(1)) * 1024


class Peak:
    """Samples a process's RSS every 20 ms while active."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss(self.pid))
            time.sleep(0.02)

    def __enter__(self) -> Peak:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.thread.join()
        self.peak = max(self.peak, rss(self.pid))


class Body:
    """A streamed body: bytes, then a slice of a file, then bytes."""

    def __init__(self, head: bytes, path: Path, start: int, length: int, tail: bytes) -> None:
        self.parts = [head, (path, start, length), tail]
        self.length = len(head) + length + len(tail)

    def __iter__(self):
        yield self.parts[0]
        path, start, length = self.parts[1]
        with open(path, "rb") as f:
            f.seek(start)
            left = length
            while left:
                block = f.read(min(1 * MB, left))
                left -= len(block)
                yield block
        yield self.parts[2]


def flask_upload(port: int, path: Path) -> None:
    boundary = "benchboundary7MA4YWxkTrZu0gW"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = path.stat().st_size
    body = Body(head, path, 0, size, tail)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("POST", "/upload", body=iter(body), headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "Content-Length": str(body.length)})
    response = conn.getresponse()
    assert response.status == 200, response.read()
    response.read()
    conn.close()


def sprag_upload(port: int, path: Path) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("GET", "/up")
    page = conn.getresponse()
    html = page.read().decode()
    cookies = "; ".join(c.split(";")[0] for c in page.headers.get_all("Set-Cookie") or [])
    token = re.search(r'"csrf":\s*"([^"]+)"', html).group(1)
    base = {"X-Sprag-CSRF": token, "Cookie": cookies, "Origin": f"http://127.0.0.1:{port}"}
    size = path.stat().st_size
    query = "?route=/up&action=store&path=/up"
    conn.request("POST", "/__sprag__/uploads/plan" + query, body=json.dumps({
        "payload": {"title": "big"}, "files": [{"field": "file", "name": "big.bin", "size": size}]}),
        headers={**base, "Content-Type": "application/json"})
    planned = conn.getresponse()
    plan_body = json.loads(planned.read())
    for c in planned.headers.get_all("Set-Cookie") or []:  # the session the upload is bound to
        base["Cookie"] += "; " + c.split(";")[0]
    plan = plan_body["value"]["resumable"][0]
    offset = 0
    while offset < size:
        length = min(plan["chunk"], size - offset)
        body = Body(b"", path, offset, length, b"")
        conn.request("PUT", f"/__sprag__/uploads/resumable/{plan['id']}", body=iter(body), headers={
            **base, "X-Upload-Offset": str(offset), "Content-Length": str(length),
            "Content-Type": "application/octet-stream"})
        answer = conn.getresponse()
        data = json.loads(answer.read())
        assert answer.status == 200, data
        offset = data["value"]["offset"]
    boundary = "benchboundary7MA4YWxkTrZu0gW"
    final = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"__sprag_payload\"\r\n\r\n"
             + json.dumps({"title": "big"}) + f"\r\n--{boundary}\r\nContent-Disposition: form-data; "
             "name=\"__sprag_resumable\"\r\n\r\n" + json.dumps({"file": [plan["id"]]})
             + f"\r\n--{boundary}--\r\n").encode()
    conn.request("POST", "/__sprag__/uploads" + query, body=final, headers={
        **base, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    done = conn.getresponse()
    result = json.loads(done.read())
    assert done.status == 200 and result["value"]["size"] == size, result
    conn.close()


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4 * MB), b""):
            h.update(block)
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        project = root / "proj"
        (project / "app" / "routes" / "up").mkdir(parents=True)
        (project / "app" / "__init__.py").write_text(SPRAG_APP)
        (project / "app" / "routes" / "__init__.py").write_text("")
        up = project / "app" / "routes" / "up"
        (up / "page.py").write_text(SPRAG_PAGE)
        (up / "components.py").write_text(SPRAG_COMPONENTS)
        (up / "modules.py").write_text(SPRAG_MODULES)
        save = root / "saved"
        save.mkdir()
        source = root / "big.bin"
        with open(source, "wb") as f:
            for _ in range(args.mb):
                f.write(os.urandom(MB))
        want = digest(source)
        env = dict(os.environ, BENCH_SAVE=str(save), SECRET_KEY="bench-secret-key-0123456789abcdef")
        sp, fp = free_port(), free_port()
        sprag = subprocess.Popen([sys.executable, "-c", SPRAG_SERVER, str(project), str(sp)], cwd=str(project), env=env)
        flask = subprocess.Popen([sys.executable, "-c", FLASK_SERVER, str(fp)], env=env)
        try:
            wait_port(sp)
            wait_port(fp)
            http.client.HTTPConnection("127.0.0.1", sp).request("GET", "/up")  # compile the page
            time.sleep(1)
            first = {"sprag": rss(sprag.pid), "flask": rss(flask.pid)}  # before any upload
            whole = {"sprag": Peak(sprag.pid), "flask": Peak(flask.pid)}
            for peak in whole.values():
                peak.__enter__()
            sprag_upload(sp, source)  # warm up both
            flask_upload(fp, source)
            times = {"sprag": [], "flask": []}
            growth = {"sprag": [], "flask": []}
            for _ in range(args.runs):
                for name, proc, fn, port in (("flask", flask, flask_upload, fp), ("sprag", sprag, sprag_upload, sp)):
                    for leftover in save.glob("*.bin"):
                        leftover.unlink()
                    base = rss(proc.pid)
                    with Peak(proc.pid) as peak:
                        start = time.perf_counter()
                        fn(port, source)
                        times[name].append(time.perf_counter() - start)
                    growth[name].append(peak.peak - base)
                    assert digest(save / f"{name}.bin") == want, f"{name}: saved file differs"
            for peak in whole.values():
                peak.__exit__(None, None, None)
        finally:
            for proc in (sprag, flask):
                proc.terminate()
                proc.wait(timeout=10)
    print(f"{args.mb} MB upload, {args.runs} runs each (interleaved); saved files byte-identical\n")
    print("| server | wall median (s) | runs (s) | throughput (MB/s) | RSS before any upload (MB) | "
          "peak RSS above it, all runs (MB) | peak growth within a run (MB) |")
    print("|---|---|---|---|---|---|---|")
    for name in ("flask", "sprag"):
        med = statistics.median(times[name])
        print(f"| {name} | {med:.2f} | {', '.join(f'{t:.2f}' for t in times[name])} | {args.mb / med:.0f} | "
              f"{first[name] / MB:.1f} | {(whole[name].peak - first[name]) / MB:.1f} | {max(growth[name]) / MB:.1f} |")
    ratio = statistics.median(times["flask"]) / statistics.median(times["sprag"])
    print(f"\nSPRAG throughput = {ratio:.2f}x Flask's (goal >= 0.8x); SPRAG peak RSS "
          f"{(whole['sprag'].peak - first['sprag']) / MB:.1f} MB above its baseline (goal < 100 MB)")


if __name__ == "__main__":
    main()
