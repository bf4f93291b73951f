"""A resumable upload started on one App continues on another App of the same project
(two "hosts" in one process) through the Redis upload offsets and session store."""

from __future__ import annotations

import hashlib
import os

import pytest


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("UPLOAD_TMP", str(tmp_path / "tmp"))  # one folder both hosts see
    monkeypatch.setenv("UPLOAD_SAVE", str(tmp_path / "saved"))
    monkeypatch.setenv("UPLOAD_THRESHOLD", str(64 * 1024))
    (tmp_path / "saved").mkdir()
    return tmp_path


def test_a_resumable_upload_started_on_a_finishes_on_b(load_project, dirs, redis_url, monkeypatch):
    from test_uploads import Uploader

    monkeypatch.setenv("SPRAG_REDIS_URL", redis_url)
    on_a = Uploader(load_project("auth"))
    host_b = load_project("auth")
    assert host_b.backends.shared
    on_a.sign_in()
    blob = os.urandom(200_000)
    plan = on_a.plan("upload_asset", [{"field": "asset", "name": "big.bin", "size": len(blob)}])
    upload_id = plan.get_json()["value"]["resumable"][0]["id"]
    assert on_a.put(upload_id, 0, blob[:80_000]).get_json()["value"]["offset"] == 80_000
    # the same browser's next request lands on B: same cookies, same token
    on_b = Uploader(host_b)
    for name in ("sprag_sid", "sprag_csrf"):
        cookie = on_a.client.get_cookie(name)
        on_b.client.set_cookie(name, cookie.value)
    on_b.token = on_a.token
    url = f"/__sprag__/uploads/resumable/{upload_id}"
    assert on_b.client.get(url, headers=on_b.headers).get_json()["value"] == {"offset": 80_000, "size": 200_000}
    stale = on_b.put(upload_id, 0, blob[:10])
    assert stale.status_code == 409 and stale.headers["X-Upload-Offset"] == "80000"
    assert on_b.put(upload_id, 80_000, blob[80_000:]).get_json()["value"]["offset"] == 200_000
    done = on_b.upload("upload_asset", resumable={"asset": [upload_id]})
    assert done.status_code == 200, done.get_json()
    assert done.get_json()["value"]["sha256"] == hashlib.sha256(blob).hexdigest()
    assert on_a.client.get(url, headers=on_a.headers).status_code == 404  # handed over and gone on A too
