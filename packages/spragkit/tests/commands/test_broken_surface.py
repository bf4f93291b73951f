"""One surface whose browser code does not compile never takes the others down."""

from __future__ import annotations

from .conftest import scaffold

BROKEN = '''        with open("x") as f:
            pass
'''


def _broken_project(run, tmp_path):
    root = scaffold(tmp_path)
    assert run("add", "route", "broken", "--mode=hybrid", "-C", root).exit_code == 0
    modules = root / "app/routes/broken/modules.py"
    text = modules.read_text()
    modules.write_text(text.replace("        event.prevent_default()\n", "        event.prevent_default()\n" + BROKEN))
    return root


def _load(root, mode="dev"):
    import sys

    from sprag.project import load_app

    sys.path.insert(0, str(root))
    return load_app(root, mode=mode)


def test_a_broken_surface_answers_500_with_its_diagnostic_and_others_serve(run, tmp_path):
    app = _load(_broken_project(run, tmp_path))
    try:
        client = app.flask.test_client()
        assert client.get("/counter").status_code == 200
        broken = client.get("/broken")
        text = broken.get_data(as_text=True)
        assert broken.status_code == 500
        assert "modules.py:13" in text and "BrokenModule.on_click" in text
        assert "Traceback" not in text
        assert client.get("/").status_code == 200
    finally:
        app.stop()


def test_production_serves_the_other_surfaces_when_one_does_not_build(run, tmp_path):
    app = _load(_broken_project(run, tmp_path), mode="production")
    try:
        client = app.flask.test_client()
        assert client.get("/counter").status_code == 200
        broken = client.get("/broken")
        assert broken.status_code == 500 and "modules.py" not in broken.get_data(as_text=True)
    finally:
        app.stop()


def test_doctor_reports_the_failure_once_as_a_diagnostic_without_traceback(run, tmp_path):
    root = _broken_project(run, tmp_path)
    result = run("doctor", "-C", root)
    assert result.exit_code != 0
    assert result.output.count("'open()' is not available") == 1, result.output
    assert "modules.py:13" in result.output and "Traceback" not in result.output


def test_build_static_reports_the_failure_once_and_exports_nothing(run, tmp_path):
    root = _broken_project(run, tmp_path)
    result = run("build", "static", "-C", root)
    assert result.exit_code != 0
    assert result.output.count("'open()' is not available") == 1, result.output
    assert "modules.py:13" in result.output and "Traceback" not in result.output
    assert not (root / "site").exists()


def test_build_reports_the_failure_once_without_traceback(run, tmp_path):
    root = _broken_project(run, tmp_path)
    result = run("build", "-C", root)
    assert result.exit_code != 0
    assert result.output.count("'open()' is not available") == 1, result.output
    assert "Traceback" not in result.output


def test_dev_prints_the_diagnostic_before_ready_and_serves_the_other_pages(run, tmp_path):
    import time

    from ._processes import SpragProcess, wait_for
    from .conftest import free_port

    root = _broken_project(run, tmp_path)
    port = free_port()
    server = SpragProcess(["dev", "--port", port, "-C", root], tmp_path, tmp_path / "dev.log")
    try:
        status, _body = wait_for(f"http://127.0.0.1:{port}/counter", server)
        assert status == 200
        deadline = time.monotonic() + 10
        while "ready" not in server.output() and time.monotonic() < deadline:
            time.sleep(0.1)
        out = server.output()
        assert out.index("modules.py:13") < out.index("ready"), out
        assert out.count("'open()' is not available") == 1, out
    finally:
        server.stop()


def test_a_bad_page_declaration_points_at_the_users_file_and_line(run, tmp_path):
    root = scaffold(tmp_path)
    page_py = root / "app/routes/home/page.py"
    text = page_py.read_text()
    assert 'path="/",' in text
    page_py.write_text(text.replace('path="/",', 'path="nohash",'))
    line = next(i for i, ln in enumerate(page_py.read_text().splitlines(), 1) if "page(" in ln)
    result = run("routes", "-C", root)
    assert result.exit_code != 0
    assert f"app/routes/home/page.py:{line}" in result.output, result.output
    assert "<string>" not in result.output
