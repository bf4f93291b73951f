from __future__ import annotations

import socket

from ._processes import run_sprag


def test_serve_refuses_a_port_in_use_with_a_hint(run, project):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run("serve", "--port", port, "-C", project)
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert f"--port {port + 1}" in result.output


def test_dev_refuses_a_port_in_use_with_a_hint(run, project):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run("dev", "--port", port, "-C", project)
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output


def test_dev_outside_a_project_says_how_to_make_one(run, tmp_path):
    result = run("dev", "-C", tmp_path)
    assert result.exit_code == 1
    assert "sprag new" in result.output


def test_serve_reports_an_app_that_fails_to_load(project):
    # a real process: `sprag serve` monkey-patches gevent before it loads the app
    page = project / "app" / "routes" / "home" / "page.py"
    page.write_text(page.read_text() + "\nundefined_name\n")
    result = run_sprag(["serve", "--port", "0", "-C", project], project, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "NameError" in output and "app/routes/home/page.py:" in output


def test_serve_rejects_zero_workers(run, project):
    result = run("serve", "--workers", "0", "-C", project)
    assert result.exit_code == 2
    assert "--workers" in result.output
