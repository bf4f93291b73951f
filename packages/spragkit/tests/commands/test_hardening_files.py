"""Only public files are served: `app/static/**` at /static/ and declared assets at /assets/.

Black-box, against real processes of a fresh `sprag new` app: `sprag serve`, `sprag dev`, and
the server of a `sprag build` folder. Every other file under the project (controllers,
config modules, .env, requirements.txt, ...) and every traversal or symlink that leaves the
public folder answers 400/404, never 200 and never 500 (issue 12, defects 1 and 4).
"""

from __future__ import annotations

import re
import sys

import pytest

from ._probe import SECRET_MARKER, make_probe, raw_get
from ._processes import SpragProcess, run_sprag, wait_for
from .conftest import free_port

#: Paths of files that exist in the project but are not public.
PRIVATE = [
    "/assets/config_secret.py",
    "/assets/server.py",
    "/assets/routes/counter/server.py",
    "/assets/routes/counter/page.py",
    "/assets/app/routes/counter/server.py",
    "/assets/stores.py",
    "/assets/shell.html",
    "/assets/requirements.txt",
    "/assets/README.md",
    "/assets/manifest.json",
    "/assets/.env",
    "/assets/.gitignore",
    "/config_secret.py",
    "/requirements.txt",
    "/.env",
    "/server.py",
]

#: Traversal, encoded traversal and symlinks leaving app/static.
TRAVERSAL = [
    "/static/../config_secret.py",
    "/static/../../config_secret.py",
    "/static/../server.py",
    "/assets/../config_secret.py",
    "/assets/../server.py",
    "/static/..%2fconfig_secret.py",
    "/static/..%2f..%2fconfig_secret.py",
    "/static/%2e%2e/%2e%2e/config_secret.py",
    "/static/%2e%2e%2f%2e%2e%2fconfig_secret.py",
    "/assets/%2e%2e/config_secret.py",
    "/assets/%2e%2e/server.py",
    "/assets/..%5cconfig_secret.py",
    "/static/%2e%2e/%2e%2e/%2e%2e/outside/secret.txt",
    "/static/leak.txt",
    "/static/up/secret.txt",
]

#: Malformed names: NUL bytes, over-long names and paths.
MALFORMED = [
    "/static/a%00",
    "/static/a%00.txt",
    "/assets/a%00.css",
    "/static/" + "a" * 300,
    "/assets/" + "a" * 300 + ".css",
    "/static/" + "a/" * 300 + "x.txt",
    "/static/%ff%fe.txt",
]


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    return make_probe(tmp_path_factory.mktemp("files"))


def _start(args, cwd, log, command=None):
    port = free_port()
    process = SpragProcess(list(args) + ["--port", port], cwd, log, command=command)
    try:
        wait_for(f"http://127.0.0.1:{port}/", process)
    except BaseException:
        process.stop()
        raise
    return port, process


@pytest.fixture(scope="module")
def served(probe):
    """`sprag serve` of the probe app."""
    port, process = _start(["serve", "-C", probe], probe, probe.parent / "serve.log")
    yield port, process
    process.stop()


@pytest.fixture(scope="module")
def dev(probe):
    """`sprag dev` of the probe app."""
    port, process = _start(["dev", "-C", probe], probe, probe.parent / "dev.log")
    yield port, process
    process.stop()


@pytest.fixture(scope="module")
def built(probe):
    """The server of a `sprag build` folder (`python server.py`), run from that folder."""
    result = run_sprag(["build"], probe)
    assert result.returncode == 0, result.stdout + result.stderr
    dist = probe / "dist"
    port, process = _start(["--host", "127.0.0.1"], dist, probe.parent / "dist.log",
                           command=[sys.executable, str(dist / "server.py")])
    yield port, process
    process.stop()


SERVERS = ["served", "dev", "built"]


def _exposures(port, paths):
    """Every path of ``paths`` that is served (or fails) instead of answering 400/404."""
    problems = []
    for path in paths:
        status, _headers, body = raw_get(port, path)
        leaked = SECRET_MARKER.encode() in body or b"class CounterController" in body
        if status not in (400, 404) or leaked:
            problems.append(f"{path[:70]} -> {status}{' with the secret' if leaked else ''}")
    return problems


@pytest.mark.parametrize("server", SERVERS)
def test_project_files_that_are_not_public_answer_404(server, request):
    port, process = request.getfixturevalue(server)
    assert _exposures(port, PRIVATE) == []
    assert process.alive()


@pytest.mark.parametrize("server", SERVERS)
def test_traversal_and_symlinks_leaving_the_public_folder_answer_404(server, request):
    port, _process = request.getfixturevalue(server)
    assert _exposures(port, TRAVERSAL) == []


@pytest.mark.parametrize("server", SERVERS)
def test_malformed_paths_answer_400_or_404_never_500(server, request):
    port, process = request.getfixturevalue(server)
    assert _exposures(port, MALFORMED) == []
    assert "Traceback" not in process.output()


@pytest.mark.parametrize("server", SERVERS)
def test_public_files_are_still_served(server, request):
    port, _process = request.getfixturevalue(server)
    status, _headers, body = raw_get(port, "/static/public.txt")
    assert status == 200 and body == b"public file\n"
    status, _headers, html = raw_get(port, "/")
    assert status == 200
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html.decode())
    assert stylesheets, "the home page links the shell stylesheet"
    for href in stylesheets:
        status, headers, _body = raw_get(port, href)
        assert status == 200 and headers["content-type"].startswith("text/css"), href


@pytest.mark.parametrize("server", SERVERS)
def test_no_monkey_patch_warning_on_start(server, request):
    _port, process = request.getfixturevalue(server)
    assert "MonkeyPatchWarning" not in process.output()
