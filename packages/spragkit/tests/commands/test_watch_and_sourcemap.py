from __future__ import annotations

import os
import time

from sprag.commands._sourcemap import decode_mappings, line_mappings
from sprag.commands._watch import ProjectWatcher


def _bump(path):
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_watcher_reports_added_modified_and_deleted_files(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "a.py").write_text("a = 1\n")
    (tmp_path / "app/b.css").write_text("b {}\n")
    watcher = ProjectWatcher(tmp_path)
    assert watcher.changes() == []
    _bump(tmp_path / "a.py")
    (tmp_path / "app/b.css").unlink()
    (tmp_path / "app/c.html").write_text("<p>c</p>")
    kinds = {os.path.basename(c.path): c.kind for c in watcher.changes()}
    assert kinds == {"a.py": "modified", "b.css": "deleted", "c.html": "added"}
    assert watcher.changes() == []


def test_watcher_ignores_caches_build_output_and_unwatched_types(tmp_path):
    watcher = ProjectWatcher(tmp_path)
    for folder in ("__pycache__", ".sprag", "dist", ".git", ".venv"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.py").write_text("")
    (tmp_path / "notes.log").write_text("")
    assert watcher.changes() == []


def test_watcher_ignores_files_outside_the_app(tmp_path):
    (tmp_path / "app").mkdir()
    watcher = ProjectWatcher(tmp_path)
    for folder in ("site", "node_modules", "docs", "app/node_modules", "app/.sprag"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.html").write_text("<p>x</p>")
    (tmp_path / "README.md").write_text("# notes")
    (tmp_path / "style.css").write_text("a {}")
    assert watcher.changes() == []


def test_watcher_sees_env_files_and_project_python(tmp_path):
    (tmp_path / "app").mkdir()
    watcher = ProjectWatcher(tmp_path)
    (tmp_path / ".env").write_text("A=1\n")
    (tmp_path / ".env.production").write_text("A=2\n")
    (tmp_path / "wsgi.py").write_text("")
    (tmp_path / "app/routes").mkdir()
    (tmp_path / "app/routes/page.py").write_text("")
    names = sorted(os.path.basename(c.path) for c in watcher.changes())
    assert names == [".env", ".env.production", "page.py", "wsgi.py"]


def test_watcher_wait_returns_when_a_file_changes(tmp_path):
    target = tmp_path / "m.py"
    target.write_text("")
    watcher = ProjectWatcher(tmp_path, interval=0.01)
    assert watcher.wait(timeout=0.05) == []
    _bump(target)
    started = time.monotonic()
    changes = watcher.wait(timeout=2)
    assert [c.kind for c in changes] == ["modified"]
    assert time.monotonic() - started < 1


def test_sourcemap_decoding_maps_generated_lines_to_python_lines():
    # "AAAA" = [0,0,0,0]; ";" = next line; "AACA" = [0,0,+1,0]; "IAAE" = [+4,0,0,+2]
    source_map = {"version": 3, "sources": ["modules.py"], "mappings": "AAAA;AACA,IAAE;;AAAA"}
    mappings = decode_mappings(source_map)
    assert [(m.line, m.col, m.source_line, m.source_col) for m in mappings] == [
        (0, 0, 0, 0), (1, 0, 1, 0), (1, 4, 1, 2), (3, 0, 1, 2),  # source fields carry over
    ]
    assert [(m.line, m.source_line) for m in line_mappings(source_map)] == [(0, 0), (1, 1), (3, 1)]
    assert {m.source for m in mappings} == {"modules.py"}


def test_sourcemap_decoding_handles_negative_and_multi_digit_values():
    # "gBAAgB" = [16,0,0,16]; "DAAD" = [-1,0,0,-1] relative
    mappings = decode_mappings({"sources": ["x.py"], "mappings": "gBAAgB,DAAD"})
    assert [(m.col, m.source_col) for m in mappings] == [(16, 16), (15, 15)]
