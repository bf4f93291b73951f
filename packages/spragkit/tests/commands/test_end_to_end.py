"""Real processes: scaffold each template, run `sprag dev` and `sprag serve`, fetch pages."""

from __future__ import annotations

import re
import sys

import pytest

from ._processes import SpragProcess, fetch, run_sprag, wait_for
from .conftest import free_port

PAGES = {"default": ["/", "/about", "/counter"], "bare": ["/"],
         "docs": ["/", "/docs", "/docs/guides/writing", "/blog/hello-world", "/tags", "/search"]}
BOOT = re.compile(r'data-boot="([0-9a-f]+)"')


def _new(tmp_path, template):
    result = run_sprag(["new", "app1", "--template", template], tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / "app1"


@pytest.mark.parametrize("template", sorted(PAGES))
def test_dev_serves_every_page_of_the_template_with_the_dev_client(tmp_path, template):
    project = _new(tmp_path, template)
    port = free_port()
    server = SpragProcess(["dev", "--port", port, "-C", project], tmp_path, tmp_path / "dev.log")
    try:
        for path in PAGES[template]:
            status, body = wait_for(f"http://127.0.0.1:{port}{path}", server)
            assert status == 200, (path, body)
            assert "/__sprag__/dev/client.js" in body
    finally:
        server.stop()


@pytest.mark.parametrize("template", sorted(PAGES))
def test_serve_answers_every_page_without_dev_code(tmp_path, template):
    project = _new(tmp_path, template)
    port = free_port()
    server = SpragProcess(["serve", "--port", port, "-C", project], tmp_path,
                          tmp_path / "serve.log")
    try:
        for path in PAGES[template]:
            status, body = wait_for(f"http://127.0.0.1:{port}{path}", server)
            assert status == 200, (path, body)
            assert "__sprag__/dev" not in body
    finally:
        server.stop()


def test_dev_restarts_on_a_change_and_shows_a_python_error_in_the_page(tmp_path):
    project = _new(tmp_path, "default")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    web = project / "app" / "routes" / "home" / "web.py"
    original = web.read_text()
    server = SpragProcess(["dev", "--port", port, "-C", project], tmp_path, tmp_path / "dev.log")
    try:
        _status, body = wait_for(url, server)
        first_boot = BOOT.search(body).group(1)

        web.write_text(original.replace('ui.h1(data["title"])', 'ui.h1("Edited title")'))
        _status, body = wait_for(url, server, until=lambda s, b: "Edited title" in b)
        assert BOOT.search(body).group(1) != first_boot  # a new server: the browser reloads

        web.write_text(original + "\nraise RuntimeError('broken on purpose')\n")
        status, body = wait_for(url, server, until=lambda s, b: s == 500)
        assert "broken on purpose" in body
        assert "/__sprag__/dev/client.js" in body  # the error page reloads itself too
        assert "broken on purpose" in server.output()  # and the terminal shows it

        web.write_text(original)
        status, body = wait_for(url, server, until=lambda s, b: s == 200)
        assert "One Python language" in body
        assert server.alive()
    finally:
        server.stop()


def test_dev_stops_its_server_process_when_terminated(tmp_path):
    project = _new(tmp_path, "bare")
    port = free_port()
    server = SpragProcess(["dev", "--port", port, "-C", project], tmp_path, tmp_path / "dev.log")
    try:
        wait_for(f"http://127.0.0.1:{port}/", server)
    finally:
        server.stop()
    with pytest.raises(OSError):
        fetch(f"http://127.0.0.1:{port}/", timeout=1)


def test_build_output_runs_on_its_own(tmp_path):
    from sprag.toolchain.compile import compiler_available

    if not compiler_available():
        pytest.skip("sprag_codegen.compile_source is not available yet")
    project = _new(tmp_path, "default")
    result = run_sprag(["build", "-C", project, "--output", tmp_path / "dist"], tmp_path)
    assert result.returncode == 0, result.stderr
    port = free_port()
    server = SpragProcess(["server.py", "--host", "127.0.0.1", "--port", port],
                          tmp_path / "dist", tmp_path / "server.log", command=[sys.executable])
    try:
        for path in PAGES["default"]:
            status, body = wait_for(f"http://127.0.0.1:{port}{path}", server)
            assert status == 200, (path, body)
            assert "__sprag__/dev" not in body
        assert f"http://127.0.0.1:{port}" in server.output()  # it says where it listens
    finally:
        server.stop()



def test_build_server_serves_the_built_modules_without_the_compiler(tmp_path):
    project = _new(tmp_path, "default")
    result = run_sprag(["build", "-C", project, "--output", tmp_path / "dist"], tmp_path)
    assert result.returncode == 0, result.stderr
    # the compiler is removed before server.py runs: only the build can supply the modules
    no_compiler = (
        "import runpy, sys, sprag_codegen; del sprag_codegen.compile_source; del sprag_codegen.helper_module; "
        "sys.argv = ['server.py'] + sys.argv[1:]; runpy.run_path('server.py', run_name='__main__')"
    )
    port = free_port()
    server = SpragProcess(["--host", "127.0.0.1", "--port", port], tmp_path / "dist", tmp_path / "server.log",
                          command=[sys.executable, "-c", no_compiler])
    try:
        status, body = wait_for(f"http://127.0.0.1:{port}/counter", server)
        assert status == 200, body
        entry = re.search(r'<script type="module" src="([^"]+)"', body).group(1)
        status, code = fetch(f"http://127.0.0.1:{port}{entry}")
        assert status == 200
        assert code == (tmp_path / "dist" / "public" / entry.lstrip("/")).read_text()
    finally:
        server.stop()


def test_default_template_links_its_favicon(project):
    from sprag.project import load_app

    app = load_app(project, mode="dev")
    try:
        client = app.flask.test_client()
        html = client.get("/").get_data(as_text=True)
        assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
        assert client.get("/static/favicon.svg").status_code == 200
    finally:
        app.stop()
