"""Uploads with the real App and Flask's test client: the plan, multipart streamed to disk,
limits, schema, auth, resumable chunks (offsets, ownership, expiry, cancel) and cleanup."""

from __future__ import annotations

import io
import json
import os

import pytest
from conftest import page_payload

from sprag.http.limits import UploadLimits
from sprag.uploads.files import sanitise_filename

SAME = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("UPLOAD_TMP", str(tmp_path / "tmp"))
    monkeypatch.setenv("UPLOAD_SAVE", str(tmp_path / "saved"))
    monkeypatch.setenv("UPLOAD_THRESHOLD", str(64 * 1024))
    (tmp_path / "saved").mkdir()
    return tmp_path


@pytest.fixture
def app(load_project, dirs):
    return load_project("auth")


class Uploader:
    def __init__(self, app):
        self.client = app.flask.test_client()
        self.token = page_payload(self.client.get("/upload").get_data(as_text=True))["csrf"]

    @property
    def headers(self):
        return {**SAME, "X-Sprag-CSRF": self.token}

    def sign_in(self):
        r = self.client.post("/__sprag__/actions", headers={**self.headers, "Content-Type": "application/json"},
                             data=json.dumps({"route": "/login", "action": "login",
                                              "payload": {"username": "ada", "password": "correct horse"}}))
        assert r.status_code == 200
        self.token = r.get_json()["csrf"]

    def plan(self, action, files, payload=None):
        return self.client.post(f"/__sprag__/uploads/plan?route=/upload&action={action}", headers=self.headers,
                                data=json.dumps({"payload": payload if payload is not None else {"title": "T"},
                                                 "files": files}))

    def upload(self, action, payload=None, files=(), resumable=None):
        data = {"__sprag_payload": json.dumps(payload if payload is not None else {"title": "T"})}
        if resumable:
            data["__sprag_resumable"] = json.dumps(resumable)
        for field, name, content in files:
            data.setdefault(field, []).append((io.BytesIO(content), name))
        return self.client.post(f"/__sprag__/uploads?route=/upload&action={action}&path=/upload",
                                headers=self.headers, data=data, content_type="multipart/form-data")

    def put(self, upload_id, offset, data):
        return self.client.put(f"/__sprag__/uploads/resumable/{upload_id}", data=data,
                               headers={**self.headers, "X-Upload-Offset": str(offset)})


def leftovers(dirs):
    folder = dirs / "tmp"
    return sorted(os.listdir(folder)) if folder.exists() else []


def test_multipart_upload_streams_files_and_cleans_up(app, dirs):
    up = Uploader(app)
    r = up.upload("upload_open", files=[("asset", "../../My Photo.png", b"p" * 70000),
                                         ("gallery", "a", b"1"), ("gallery", "b", b"22")])
    assert r.status_code == 200, r.get_json()
    value = r.get_json()["value"]
    assert value["filename"] == "My_Photo.png" and value["client_filename"] == "../../My Photo.png"
    assert value["size"] == 70000 and value["extra_count"] == 2 and value["extra_sizes"] == [1, 2]
    assert (dirs / "saved" / "My_Photo.png").stat().st_size == 70000
    assert leftovers(dirs) == []  # the gallery files were not saved: removed when the action returned


def test_plan_checks_limits_schema_and_auth_before_any_file_byte(app):
    up = Uploader(app)
    r = up.plan("upload_tiny", [{"field": "asset", "name": "x.bin", "size": 2048}])
    assert r.status_code == 413
    assert r.get_json()["error"] == "Upload is over the per-file limit (max_file_bytes = 1 KB): 'x.bin' is larger"
    r = up.plan("upload_open", [{"field": "f", "name": str(i), "size": 1} for i in range(21)])
    assert r.status_code == 413 and r.get_json()["errors"] == {"limit": "max_files"}
    r = up.plan("upload_open", [{"field": "f", "name": str(i), "size": 45 * 2**20} for i in range(5)])
    assert r.status_code == 413
    assert r.get_json()["error"] == "Upload is over the per-request limit (max_request_bytes = 200 MB)"
    r = up.plan("upload_open", [], payload={})
    assert r.status_code == 400 and r.get_json()["errors"] == {"title": "required"}
    assert up.plan("upload_asset", []).status_code == 401
    assert up.plan("nope", []).status_code == 404


def test_over_the_limits_while_streaming_is_413_and_leaves_nothing(app, dirs):
    up = Uploader(app)
    r = up.upload("upload_tiny", files=[("asset", "big.bin", b"x" * 5000)])
    assert r.status_code == 413 and r.get_json()["errors"] == {"limit": "max_file_bytes"}
    files = [("gallery", str(i), b"x") for i in range(21)]
    r = up.upload("upload_open", files=files)
    assert r.status_code == 413
    assert r.get_json()["error"] == "Upload is over the files-per-request limit (max_files = 20 files)"
    assert leftovers(dirs) == []


def test_schema_errors_and_anonymous_upload(app, dirs):
    up = Uploader(app)
    r = up.upload("upload_open", payload={}, files=[("asset", "a", b"1")])
    assert r.status_code == 400 and r.get_json()["errors"] == {"title": "required"}
    r = up.upload("upload_asset", files=[("asset", "a", b"1")])
    assert r.status_code == 401 and r.get_json()["error"] == "Sign in to continue"
    assert leftovers(dirs) == []


def test_cross_site_or_tokenless_uploads_are_refused(app):
    up = Uploader(app)
    up.token = "forged"
    assert up.upload("upload_open", files=[("asset", "a", b"1")]).status_code == 403


def test_a_body_cut_short_leaves_nothing(app, dirs):
    up = Uploader(app)
    boundary = "XyZ"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"__sprag_payload\"\r\n\r\n"
            "{\"title\": \"T\"}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"asset\"; filename=\"a.bin\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + b"z" * 100_000
    r = up.client.post("/__sprag__/uploads?route=/upload&action=upload_open", input_stream=io.BytesIO(body),
                       headers={**up.headers, "Content-Type": f"multipart/form-data; boundary={boundary}",
                                "Content-Length": str(len(body) + 5000)})
    assert r.status_code == 400  # interrupted, or cut at the stated length: not valid multipart
    assert leftovers(dirs) == []


def test_resumable_upload_resumes_from_the_server_offset(app, dirs):
    up = Uploader(app)
    up.sign_in()
    blob = os.urandom(200_000)
    r = up.plan("upload_asset", [{"field": "asset", "name": "big.bin", "size": len(blob)}])
    plan = r.get_json()["value"]["resumable"][0]
    assert plan["chunk"] == 256 * 1024
    url = f"/__sprag__/uploads/resumable/{plan['id']}"
    assert up.put(plan["id"], 0, blob[:80_000]).get_json()["value"]["offset"] == 80_000
    wrong = up.put(plan["id"], 0, blob[:10])  # a chunk the server already has
    assert wrong.status_code == 409 and wrong.headers["X-Upload-Offset"] == "80000"
    assert up.client.get(url, headers=up.headers).get_json()["value"] == {"offset": 80_000, "size": 200_000}
    assert up.put(plan["id"], 80_000, blob[80_000:]).get_json()["value"]["offset"] == 200_000
    too_far = up.put(plan["id"], 200_000, b"x")
    assert too_far.status_code == 413
    done = up.upload("upload_asset", resumable={"asset": [plan["id"]]})
    assert done.status_code == 200, done.get_json()
    import hashlib

    assert done.get_json()["value"]["sha256"] == hashlib.sha256(blob).hexdigest()
    assert done.get_json()["value"]["user"] == 1  # self.request.user in the upload action
    assert leftovers(dirs) == []
    assert up.client.get(url, headers=up.headers).status_code == 404  # handed over and gone


def test_resumable_uploads_are_bound_to_their_session(app):
    owner, other = Uploader(app), Uploader(app)
    owner.sign_in()
    other.sign_in()
    plan = owner.plan("upload_asset", [{"field": "asset", "name": "b", "size": 100_000}]).get_json()["value"]
    upload_id = plan["resumable"][0]["id"]
    assert other.put(upload_id, 0, b"x" * 10).status_code == 404
    assert other.client.get(f"/__sprag__/uploads/resumable/{upload_id}", headers=other.headers).status_code == 404
    r = other.upload("upload_asset", resumable={"asset": [upload_id]})
    assert r.status_code == 400


def test_cancel_and_expiry_remove_partial_files(app, dirs):
    up = Uploader(app)
    up.sign_in()
    first = up.plan("upload_asset", [{"field": "asset", "name": "b", "size": 100_000}]).get_json()["value"]
    first_id = first["resumable"][0]["id"]
    up.put(first_id, 0, b"x" * 1000)
    assert len(leftovers(dirs)) == 1
    r = up.client.delete(f"/__sprag__/uploads/resumable/{first_id}", headers=up.headers)
    assert r.status_code == 200 and leftovers(dirs) == []
    second = up.plan("upload_asset", [{"field": "asset", "name": "b", "size": 100_000}]).get_json()["value"]
    second_id = second["resumable"][0]["id"]
    uploads = app.uploads.resumables
    record = uploads.offsets.get(second_id)
    from dataclasses import replace

    uploads.offsets.create(replace(record, touched=record.touched - 7200))  # abandoned 2 hours ago
    assert uploads.sweep(force=True) == [second_id]
    assert leftovers(dirs) == [] and uploads.offsets.get(second_id) is None


def test_incomplete_resumable_is_refused(app, dirs):
    up = Uploader(app)
    up.sign_in()
    plan = up.plan("upload_asset", [{"field": "asset", "name": "b", "size": 100_000}]).get_json()["value"]
    r = up.upload("upload_asset", resumable={"asset": [plan["resumable"][0]["id"]]})
    assert r.status_code == 400 and r.get_json()["errors"] == {"asset": "upload incomplete; send the file again"}


def test_limits_override_and_validation():
    base = UploadLimits()
    assert base.override({"max_file_bytes": 10}).max_file_bytes == 10
    assert base.override(None) is base
    with pytest.raises(ValueError, match="unknown limits max_size"):
        base.override({"max_size": 1})
    with pytest.raises(ValueError, match="max_files"):
        UploadLimits(max_files=0)
    from sprag import action

    with pytest.raises(ValueError, match="unknown limits"):
        action(upload={"nope": 1})


@pytest.mark.parametrize("name, safe", [("../../etc/passwd", "passwd"), ("C:\\x\\é t.txt", "e_t.txt"),
                                        ("...", "upload"), ("CON.txt", "upload_CON.txt"), ("", "upload")])
def test_filenames_are_sanitised(name, safe):
    assert sanitise_filename(name) == safe


def test_the_sweeper_expires_abandoned_uploads_without_new_ones(tmp_path):
    import gevent

    from sprag.backends import InMemoryUploadOffsets
    from sprag.uploads.resumable import Resumables, Sweeper

    uploads = Resumables(InMemoryUploadOffsets(), tmp_path, ttl_seconds=1)
    record = uploads.create("owner", "/r", "a", "f", "x.bin", "", 10)
    from dataclasses import replace

    uploads.offsets.create(replace(record, touched=record.touched - 5))
    sweeper = Sweeper(uploads, every=0.05)
    sweeper.start()
    try:
        gevent.sleep(0.3)
    finally:
        sweeper.stop()
    assert uploads.offsets.get(record.id) is None and list(tmp_path.iterdir()) == []


def test_an_anonymous_resumable_upload_gets_a_session_to_be_bound_to(app, dirs):
    up = Uploader(app)
    assert up.client.get_cookie("sprag_sid") is None  # anonymous visitors have no session
    blob = os.urandom(100_000)
    r = up.plan("upload_anyone", [{"field": "asset", "name": "big.bin", "size": len(blob)}])
    plan = r.get_json()["value"]["resumable"][0]
    assert plan is not None and "sprag_sid=" in r.headers["Set-Cookie"]
    assert up.put(plan["id"], 0, blob).get_json()["value"]["offset"] == len(blob)
    stranger = Uploader(app)
    assert stranger.put(plan["id"], len(blob), b"x").status_code == 404
    done = up.upload("upload_anyone", resumable={"asset": [plan["id"]]})
    assert done.status_code == 200 and done.get_json()["value"]["size"] == len(blob)
    assert leftovers(dirs) == []
