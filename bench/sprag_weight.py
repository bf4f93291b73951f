"""JavaScript shipped by the seed counter page (hybrid) and a document page, measured live.

    .venv/bin/python bench/sprag_weight.py

Scaffolds the default template (`sprag new`) and uses the basic test project; starts each
with the production server and runs the shared tool (../shared/tools/jsweight.py, or
$JSWEIGHT) against /counter and /. Budget: counter <= 8 KB
gzip in total, document page 0 bytes.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "packages/spragkit/tests/projects/basic"
JSWEIGHT = Path(os.environ.get("JSWEIGHT", ROOT.parent / "shared/tools/jsweight.py"))
if not JSWEIGHT.is_file():
    JSWEIGHT = Path("/work/shared/tools/jsweight.py")

SERVER = """
from gevent import monkey; monkey.patch_all()
import os, sys
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789abcdef")  # production needs one
from sprag.project import load_app
from sprag.http.server import make_server
app = load_app(sys.argv[1], mode="production")
make_server(app, port=int(sys.argv[2])).serve_forever()
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


REALTIME = ROOT / "packages/spragkit/tests/projects/realtime"


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        default = Path(tmp) / "w"
        sprag = Path(sys.executable).with_name("sprag")
        subprocess.run([str(sprag), "new", str(default), "--force"], check=True, capture_output=True)
        for label, project in (("default template", default), ("tests/projects/basic", PROJECT)):
            print(f"\n{label}\n")
            measure(project)
        print("\ntests/projects/realtime (/chat: socket + topics + SSE + live store + stream)\n")
        measure(REALTIME, ("/chat", "/lobby"))
        clients()


def clients() -> None:
    """The realtime browser clients alone, minified as production bundles them."""
    import gzip

    from sprag.toolchain.bundle import minify_js

    js = ROOT / "packages/spragkit/src/sprag/js"
    print("\n| client file | minified | gzip | budget |\n|---|---|---|---|")
    for name, budget in (("socket.js", "<= 2.5 KB"), ("sse.js", "<= 1 KB"), ("stream.js", "-"), ("retry.js", "-")):
        text = minify_js((js / name).read_text()).encode()
        print(f"| sprag/js/{name} | {len(text)} | {len(gzip.compress(text, 9))} | {budget} |")


def measure(project: Path, paths=("/counter", "/")) -> None:
    port = free_port()
    env = dict(os.environ, SPRAG_TEST_SESSIONS=str(Path(os.environ.get("TMPDIR", "/tmp")) / "weight-sessions.json"))
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(project), str(port)], cwd=str(project), env=env)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        print("| page | files | js raw | js gzip | inline script bytes (JSON payload) |")
        print("|---|---|---|---|---|")
        for path in paths:
            out = subprocess.run([sys.executable, str(JSWEIGHT), f"http://127.0.0.1:{port}{path}", "-v"],
                                 capture_output=True, text=True, check=True).stdout
            stats = dict(re.findall(r"(\w+)=(\d+)", out.splitlines()[0]))
            print(f"| {path} | {stats['files']} | {stats['js_raw']} | {stats['js_gzip']} | {stats['inline_script_bytes']} |")
            for line in out.splitlines()[1:]:
                print(f"|   | {line.strip()} | | | |")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
