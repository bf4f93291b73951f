"""`sprag routes` lists jobs queues; `sprag doctor` checks that every queue a controller
names exists (on a copy of the jobs test project)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

JOBS_PROJECT = Path(__file__).parent.parent / "projects" / "jobs"


@pytest.fixture
def jobs_project(tmp_path):
    target = tmp_path / "jobsapp"
    shutil.copytree(JOBS_PROJECT, target, ignore=shutil.ignore_patterns("__pycache__", ".sprag"))
    (target / "requirements.txt").write_text("spragkit\n")
    return target


def test_routes_lists_the_queues(run, jobs_project):
    result = run("routes", "-C", jobs_project)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["QUEUE", "SERVICE"])
    assert lines[header + 2].split()[:4] == ["build_queue", "PacedBuildQueue", "2", "unbounded"]
    assert lines[header + 3].split()[:4] == ["tiny_queue", "TinyQueue", "1", "1"]
    assert "2 jobs queue(s)" in result.output


def test_routes_json_has_queue_entries(run, jobs_project):
    data = json.loads(run("routes", "--json", "-C", jobs_project).output)
    queues = [entry for entry in data if entry["kind"] == "queue"]
    assert queues == [
        {"kind": "queue", "name": "build_queue", "service": "PacedBuildQueue", "workers": 2, "maxsize": 0},
        {"kind": "queue", "name": "tiny_queue", "service": "TinyQueue", "workers": 1, "maxsize": 1},
    ]


def test_doctor_passes_when_every_named_queue_exists(run, jobs_project):
    result = run("doctor", "--json", "-C", jobs_project)
    check = next(c for c in json.loads(result.output) if c["name"] == "jobs queues")
    assert check["status"] == "ok", check
    assert check["detail"] == "2 queue(s); every queue the controllers name exists"


def test_doctor_fails_on_a_misspelt_queue_naming_file_and_line(run, jobs_project):
    server = jobs_project / "app" / "routes" / "jobs" / "server.py"
    server.write_text(server.read_text().replace('self.job_status("build_queue"', 'self.job_status("bild_queue"'))
    result = run("doctor", "-C", jobs_project)
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "jobs queues" in line)
    assert line.startswith("FAIL")
    assert "app/routes/jobs/server.py:14: job_status('bild_queue') names no queue" in line
    assert "queues: build_queue, tiny_queue" in line
