from __future__ import annotations

import socket


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


def test_serve_reports_an_app_that_fails_to_load(run, project):
    page = project / "app" / "routes" / "home" / "page.py"
    page.write_text(page.read_text() + "\nundefined_name\n")
    result = run("serve", "--port", "0", "-C", project)
    assert result.exit_code == 1
    assert "NameError" in result.output and "app/routes/home/page.py:" in result.output


def test_serve_rejects_zero_workers(run, project):
    result = run("serve", "--workers", "0", "-C", project)
    assert result.exit_code == 2
    assert "--workers" in result.output
