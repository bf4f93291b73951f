"""JavaScript each labs demo ships: gzip bytes per page, built and packed, and which runtime
pieces each page's bundle holds (a demo ships only what it uses).

    .venv/bin/python bench/labs_weight.py > bench/results/labs.md

Scaffolds the labs template, runs `sprag build` and then `sprag pack`, serves each dist/ with
its own server.py, and measures every page with the shared tool (../shared/tools/jsweight.py,
or $JSWEIGHT): it follows <script src>, modulepreload and ES imports, and gzips each file at
level 9 (what a browser downloads, without the server's precompressed variants).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPRAG = Path(sys.executable).with_name("sprag")
JSWEIGHT = Path(os.environ.get("JSWEIGHT", ROOT.parent / "shared/tools/jsweight.py"))
if not JSWEIGHT.is_file():
    JSWEIGHT = Path("/work/shared/tools/jsweight.py")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _weights(dist: Path) -> dict:
    """{path: (files, gzip bytes)} for every page of the served ``dist``."""
    port = _free_port()
    env = dict(os.environ, SECRET_KEY=os.environ.get("SECRET_KEY", "bench-only-secret-key-0123456789abcdef"))
    server = subprocess.Popen([sys.executable, "server.py", "--host", "127.0.0.1", "--port", str(port)],
                              cwd=dist, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        out = {}
        for path in sorted(json.loads((dist / "manifest.json").read_text())["surfaces"]):
            if "[" in path or _redirects(f"http://127.0.0.1:{port}{path}"):
                continue  # signed-out visitors are sent to /login: measured there
            text = subprocess.run([sys.executable, str(JSWEIGHT), f"http://127.0.0.1:{port}{path}"],
                                  capture_output=True, text=True, check=True).stdout
            stats = dict(re.findall(r"(\w+)=(\d+)", text))
            out[path] = (int(stats["files"]), int(stats["js_gzip"]))
        return out
    finally:
        server.terminate()
        server.wait(timeout=10)


def _redirects(url: str) -> bool:
    class _Stop(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        urllib.request.build_opener(_Stop).open(url, timeout=10)
        return False
    except urllib.error.HTTPError as exc:
        return 300 <= exc.code < 400


def _pieces(dist: Path) -> dict:
    """{path: runtime files in the page's bundle} from the build manifest."""
    surfaces = json.loads((dist / "manifest.json").read_text())["surfaces"]
    return {path: sorted(m for m in s.get("members", ()) if m.startswith(("ragot/", "sprag/")))
            for path, s in surfaces.items()}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([str(SPRAG), "new", "labs", "--template", "labs"], cwd=tmp, check=True,
                       capture_output=True)
        project = Path(tmp) / "labs"
        subprocess.run([str(SPRAG), "build", "-C", str(project)], check=True, capture_output=True)
        pieces = _pieces(project / "dist")
        built = _weights(project / "dist")
        subprocess.run([str(SPRAG), "pack", "-C", str(project)], check=True, capture_output=True)
        packed = _weights(project / "dist")
    print("/account and /admin redirect a signed-out visitor to /login and are not listed.\n")
    print("| demo | files | JS gzip, built | JS gzip, packed | runtime pieces in its bundle |")
    print("|---|---|---|---|---|")
    for path in sorted(built):
        files, gz = built[path]
        names = ", ".join(p.split("/", 1)[1].removesuffix(".js") for p in pieces.get(path, [])) or "-"
        print(f"| {path} | {files} | {gz:,} | {packed.get(path, (0, 0))[1]:,} | {names} |")


if __name__ == "__main__":
    main()
